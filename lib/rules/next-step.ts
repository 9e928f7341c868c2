import { formatCredits } from '../units/credits';
import { addYears, daysBetween, type IsoDate } from '../units/dates';
import { showDate, whenText } from '../units/show';
import type { Deadline } from './evaluation';
import type { CredentialStanding, Standing } from './summary';

/**
 * The popup's first line: the nearest deadline that still needs something, what is missing, and a
 * pace ("16.5 credits in 8 months ≈ 2 a month"). With nothing missing, the next annual renewal.
 */
export function nextStep(ev: Standing, renewal: IsoDate | null, locale?: string): string | null {
  const today = ev.today;
  // A missed CQR window is a state that outranks any date ahead (DESIGN.md, "The standing never goes quiet").
  const overdue = ev.deadlines.find((d) => d.kind === 'cqr-overdue');
  if (overdue) return `${overdue.discipline} CQR window closed ${showDate(overdue.date, locale)}: record “CQR complete” in Options if it is done; otherwise reinstate within a year.`;
  const next = ev.deadlines.find((d) => d.date >= today && (d.remaining === null ? NEEDS_PRESCRIPTION.has(d.kind) : d.remaining > 0));
  if (next) {
    const what = deadlineName(next);
    const when = `${showDate(next.date, locale)} (${whenText(today, next.date)})`;
    if (next.remaining === null) return `${what} ${when}: enter your prescription to see what is missing.`;
    return `${what} ${when}: ${formatCredits(next.remaining)} credits to go${pace(next.remaining, today, next.date)}.`;
  }
  if (renewal) return `All CE is on track. Next: annual renewal by ${showDate(renewal, locale)} (${whenText(today, renewal)}).`;
  return null;
}

/** CQR dates whose "remaining" is null only because no prescription was entered. */
const NEEDS_PRESCRIPTION = new Set<Deadline['kind']>(['cqr-submit-by', 'cqr-window-ends']);

function deadlineName(d: Deadline): string {
  switch (d.kind) {
    case 'biennium-end':
      return 'Biennium ends';
    case 'sonography':
      return 'Sonography-related credits due';
    case 'ce-probation':
      return 'CE probation: make up the deficit by';
    case 'annual-renewal':
      return 'Annual renewal by';
    case 'cqr-window-opens':
      return `${d.discipline} CQR window opens`;
    case 'cqr-submit-by':
      return `${d.discipline} CQR: submit prescribed CE by`;
    case 'cqr-window-ends':
    case 'cqr-overdue':
      return `${d.discipline} CQR window ends`;
    case 'structured-apply-by':
      return `${d.discipline} structured education: apply by`;
  }
}

/** " ≈ 2 a month", to the nearest quarter credit; nothing when under two months are left (the total says it). */
function pace(remaining: number, today: IsoDate, date: IsoDate): string {
  const months = daysBetween(today, date) / (365.25 / 12);
  if (months < 2) return '';
  const perMonth = Math.max(25, Math.round(remaining / months / 25) * 25);
  return ` ≈ ${formatCredits(perMonth)} a month`;
}

/**
 * A credential with nothing to do for now: its CQR window opens more than a year from today, or it
 * is not time-limited at all. The popup folds it away so what is due stays on screen.
 */
export function isFarAway(p: CredentialStanding, today: IsoDate): boolean {
  if (p.structured || p.prescription) return false;
  if (p.cqr) return p.cqr.windowStart > addYears(today, 1);
  return !p.timeLimited;
}
