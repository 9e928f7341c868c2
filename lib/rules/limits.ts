import { CREDIT_LIMITS, formatCredits, toHundredths } from '../units/credits';
import { addYears, isValidIsoDate, parseIso, type IsoDate } from '../units/dates';
import { showDate } from '../units/show';
import type { Credential } from './model';

/**
 * What a person may type into each form field, in one table: every form checks its entries here,
 * so a form's bounds and its message cannot disagree. These are plausibility bounds on a record
 * (a typo like 1,000 credits or the year 2099), not ARRT rules; what ARRT counts is decided by the
 * rules (a valid entry can still not count).
 */
export const LIMITS = {
  /** One CE record: an academic course earns 16 credits per semester credit, so 100 covers a 6-credit course. */
  courseCredits: { label: 'Credits', min: 25, max: CREDIT_LIMITS.course, step: 25 },
  prescribedCredits: { label: 'Prescribed credits', min: 25, max: CREDIT_LIMITS.prescriptionItem, step: 25 },
  /** Dates: `earliest` a fixed day, `latestYears` years after today (0: today is the latest). */
  completedOn: { label: 'Completed on', earliest: '1990-01-01', latestYears: 0 },
  earnedOn: { label: 'Date earned', earliest: '1950-01-01', latestYears: 0 },
  issuedOn: { label: 'Issued on', earliest: '2011-01-01', latestYears: 0 },
  cqrDeadline: { label: 'CQR deadline', earliest: '2021-01-01', latestYears: 11 },
  applyBy: { label: 'I plan to apply by', earliest: '2011-01-01', latestYears: 5 },
  /** Any start year of the biennium series works, but not one after today's year. */
  bienniumStartYear: { label: 'Biennium started in', min: 1950, maxYearsAfterToday: 0 },
} as const;

export type CreditField = 'courseCredits' | 'prescribedCredits';
export type DateField = 'completedOn' | 'earnedOn' | 'issuedOn' | 'cqrDeadline' | 'applyBy';

/** A checked entry: its value, or a message that names the field and the allowed range. */
export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/** "1.5" → 150 hundredths, if it is a number in the field's range and in quarter-credit steps. */
export function checkCredits(field: CreditField, text: string): Checked<number> {
  const n = Number(text.trim().replace(',', '.'));
  if (!text.trim() || !Number.isFinite(n)) return { ok: false, message: `${LIMITS[field].label}: enter a number ${creditRange(field)} (e.g. 1.5).` };
  return checkCreditAmount(field, toHundredths(n), text.trim());
}

/**
 * Credits already read (hundredths, from whatever notation a form or file allows) within the
 * field's range and steps; `typed` is how the message quotes them.
 */
export function checkCreditAmount(field: CreditField, hundredths: number, typed = formatCredits(hundredths)): Checked<number> {
  const { label, min, max, step } = LIMITS[field];
  if (hundredths < min || hundredths > max || hundredths % step !== 0) return { ok: false, message: `${label}: ${typed} is not allowed; enter ${creditRange(field)}.` };
  return { ok: true, value: hundredths };
}

const creditRange = (field: CreditField) => {
  const { min, max, step } = LIMITS[field];
  return `from ${formatCredits(min)} to ${formatCredits(max)}, in steps of ${formatCredits(step)}`;
};

/** The first and last day a date field accepts on `today`. */
export function dateBounds(field: DateField, today: IsoDate): { earliest: IsoDate; latest: IsoDate } {
  const { earliest, latestYears } = LIMITS[field];
  return { earliest, latest: addYears(today, latestYears) };
}

/** A calendar date `YYYY-MM-DD` (what a date input gives) within the field's bounds on `today`. */
export function checkDate(field: DateField, text: string, today: IsoDate): Checked<IsoDate> {
  const { label } = LIMITS[field];
  const { earliest, latest } = dateBounds(field, today);
  const range = `from ${showDate(earliest)} to ${showDate(latest)}${LIMITS[field].latestYears === 0 ? ' (today)' : ''}`;
  if (!isValidIsoDate(text)) return { ok: false, message: `${label}: enter a full date ${range}.` };
  if (text > latest) return { ok: false, message: `${label}: ${showDate(text)} is ${LIMITS[field].latestYears === 0 ? 'in the future' : 'too far ahead'}; enter a date ${range}.` };
  if (text < earliest) return { ok: false, message: `${label}: ${showDate(text)} is too early; enter a date ${range}.` };
  return { ok: true, value: text };
}

export function checkBienniumStartYear(text: string, today: IsoDate): Checked<number> {
  const { label, min, maxYearsAfterToday } = LIMITS.bienniumStartYear;
  const max = parseIso(today).year + maxYearsAfterToday;
  const n = Number(text.trim());
  if (!Number.isInteger(n) || n < min || n > max) return { ok: false, message: `${label}: enter a year from ${min} to ${max}.` };
  return { ok: true, value: n };
}

/** A credential the user already has for this discipline: adding it again would double every window. */
export function duplicateCredential(discipline: Credential['discipline'], existing: readonly Credential[], exceptId?: string): Credential | undefined {
  return existing.find((c) => c.discipline === discipline && c.id !== exceptId);
}

/** The bounds for a number input's min/max/step attributes, in credits (the browser's own hint). */
export function creditInputBounds(field: CreditField): { min: number; max: number; step: number } {
  const { min, max, step } = LIMITS[field];
  return { min: min / 100, max: max / 100, step: step / 100 };
}
