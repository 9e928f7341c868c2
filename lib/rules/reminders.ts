import { z } from 'zod';
import { formatCredits } from '../units/credits';
import { addDays } from '../units/dates';
import { showDate, spanText } from '../units/show';
import { IsoDate } from '../units/schemas';
import type { Deadline, Evaluation } from './evaluation';

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

/** A deadline worth reminding about: something is still missing (or unknown, for CQR without a prescription). */
function needsReminder(d: Deadline): boolean {
  return d.remaining === null || d.remaining > 0;
}

/**
 * Reminders due on `today` that were not sent yet: per deadline, only the most urgent lead whose
 * day has come, so a user who installs the extension 10 days before a deadline gets one
 * notification, not three. Missed days (browser closed) are caught up on the next call.
 */
export function dueReminders(ev: Evaluation, leadDays: readonly number[], today: IsoDate, sentKeys: ReadonlySet<string>): Reminder[] {
  const leads = [...new Set(leadDays)].sort((a, b) => a - b);
  const due: Reminder[] = [];
  for (const d of ev.deadlines) {
    if (!needsReminder(d) || d.date < today) continue;
    const reached = leads.filter((lead) => addDays(d.date, -lead) <= today);
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
    for (const lead of leadDays) {
      const day = addDays(d.date, -lead);
      if (day > today && (next === null || day < next)) next = day;
    }
  }
  return next;
}

function describe(d: Deadline): { title: string; message: string } {
  const date = showDate(d.date);
  const when = `${spanText(d.date, addDays(d.date, -d.daysLeft))} left (${date})`;
  const missing = d.remaining === null ? '' : `${formatCredits(d.remaining)} credits still needed. `;
  switch (d.kind) {
    case 'biennium-end':
      return { title: 'CE biennium ends soon', message: `${missing}Your biennium ends ${date}: ${when}.` };
    case 'cqr-submit-by':
      return {
        title: `${d.discipline} CQR: submit prescribed CE`,
        message: `${missing}Submit by ${date} so ARRT's review ends before your compliance window closes: ${when}.`,
      };
    case 'structured-apply-by':
      return { title: `${d.discipline} structured education`, message: `${missing}You plan to apply by ${date}: ${when}.` };
  }
}
