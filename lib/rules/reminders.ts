import { z } from 'zod';
import { formatCredits } from '../units/credits';
import { addDays, addMonths, daysBetween } from '../units/dates';
import { IsoDate } from '../units/schemas';
import { RENEWAL_OPENS_MONTHS_BEFORE } from './evaluate';
import type { Deadline, DeadlineKind, Evaluation } from './evaluation';

/** Default lead times (issue #5): 90, 30 and 14 days before each deadline. */
export const DEFAULT_LEAD_DAYS = [90, 30, 14] as const;

export const Reminder = z.object({
  /** Stable across restarts: deadline kind, credential, date and lead. Stored once sent. */
  key: z.string(),
  /** Keys this reminder settles: its own and every longer lead already passed (one notification, not three). */
  settles: z.array(z.string()),
  title: z.string(),
  message: z.string(),
  date: IsoDate,
  leadDays: z.number().int(),
});
export type Reminder = z.infer<typeof Reminder>;

export function reminderKey(d: Deadline, lead: number): string {
  return `${d.kind}|${d.credentialId ?? ''}|${d.date}|${lead}`;
}

/** Kinds that are news the day they begin, whatever the lead times: a passed deadline, probation. */
const STATES: ReadonlySet<DeadlineKind> = new Set(['cqr-overdue', 'ce-probation', 'cqr-window-ends']);

/** A deadline worth reminding about: something is still missing (or unknown, for CQR without a prescription). */
function needsReminder(d: Deadline): boolean {
  return d.remaining === null || d.remaining > 0;
}

/**
 * The lead times for one deadline: the user's (configurable), except the day a CQR window opens
 * ("start early": on the day) and annual renewal (the day it opens, then the user's shorter leads).
 */
function leadsFor(d: Deadline, leads: readonly number[]): number[] {
  if (d.kind === 'cqr-window-opens') return [0];
  if (d.kind === 'annual-renewal') {
    const opening = daysBetween(addMonths(`${d.date.slice(0, 8)}01`, -RENEWAL_OPENS_MONTHS_BEFORE), d.date);
    return [...new Set([opening, ...leads.filter((l) => l < opening)])].sort((a, b) => a - b);
  }
  return [...new Set(leads)].sort((a, b) => a - b);
}

/**
 * Reminders due on `today` that were not sent yet: per deadline, only the most urgent lead whose
 * day has come, so a user who installs the extension 10 days before a deadline gets one
 * notification, not three. Missed days (browser closed) are caught up on the next call. A state
 * (CQR overdue, CE probation, the last two weeks of a CQR window) is told the day it begins.
 */
export function dueReminders(ev: Evaluation, leadDays: readonly number[], today: IsoDate, sentKeys: ReadonlySet<string>): Reminder[] {
  const due: Reminder[] = [];
  for (const d of ev.deadlines) {
    const state = STATES.has(d.kind);
    if (!needsReminder(d) || (d.date < today && !state)) continue;
    const leads = leadsFor(d, leadDays);
    let reached = leads.filter((lead) => addDays(d.date, -lead) <= today);
    if (reached.length === 0 && state) reached = leads.slice(-1);
    const lead = reached[0];
    if (lead === undefined) continue;
    const key = reminderKey(d, lead);
    if (sentKeys.has(key)) continue;
    due.push({ key, settles: reached.map((l) => reminderKey(d, l)), ...describe(d), date: d.date, leadDays: lead });
  }
  return due;
}

/** The next day a reminder becomes due, for scheduling an alarm; null when none is pending. */
export function nextReminderDate(ev: Evaluation, leadDays: readonly number[], today: IsoDate): IsoDate | null {
  let next: IsoDate | null = null;
  for (const d of ev.deadlines) {
    if (!needsReminder(d)) continue;
    for (const lead of leadsFor(d, leadDays)) {
      const day = addDays(d.date, -lead);
      if (day > today && (next === null || day < next)) next = day;
    }
  }
  return next;
}

function describe(d: Deadline): { title: string; message: string } {
  const when = d.daysLeft >= 0 ? `${d.daysLeft} day${d.daysLeft === 1 ? '' : 's'} left (${d.date})` : `passed on ${d.date}`;
  const missing = d.remaining === null ? '' : `${formatCredits(d.remaining)} credits still needed. `;
  switch (d.kind) {
    case 'biennium-end':
      return { title: 'CE biennium ends soon', message: `${missing}Your biennium ends ${d.date}: ${when}.` };
    case 'sonography':
      return {
        title: 'Sonography CE for this biennium',
        message: `${formatCredits(d.remaining ?? 0)} sonography-related credits still needed: a sonography credential needs 16 of the 24 (ARRT). Biennium ends ${d.date}: ${when}.`,
      };
    case 'ce-probation':
      return {
        title: 'CE probation: make up the deficit',
        message: `Your last biennium ended ${formatCredits(d.remaining ?? 0)} credits short. Make them up by ${d.date} (${when}); make-up credits go to the deficit first.`,
      };
    case 'annual-renewal':
      return { title: 'ARRT annual renewal', message: `Renew by ${d.date} (the last day of your birth month): ${when}. Renewal opens two months before.` };
    case 'cqr-window-opens':
      return { title: `${d.discipline} CQR window opens`, message: `Your CQR compliance window opens ${d.date}: start early, ARRT advises.` };
    case 'cqr-submit-by':
      return {
        title: `${d.discipline} CQR: submit prescribed CE`,
        message: `${missing}Submit by ${d.date} so ARRT's review ends before your compliance window closes: ${when}.`,
      };
    case 'cqr-window-ends':
      return { title: `${d.discipline} CQR: submit now`, message: `${missing}ARRT needs up to two weeks to review; your compliance window closes ${d.date}: ${when}.` };
    case 'cqr-overdue':
      return {
        title: `${d.discipline} CQR not recorded as complete`,
        message: `Your compliance window closed ${d.date}. ARRT discontinues the credential; you have one year to complete CQR and reinstate. Record "CQR complete" in Options if it is done.`,
      };
    case 'structured-apply-by':
      return { title: `${d.discipline} structured education`, message: `${missing}You plan to apply by ${d.date}: ${when}.` };
  }
}
