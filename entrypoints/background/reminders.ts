import { browser } from 'wxt/browser';
import { dueReminders, evaluate, nextReminderDate } from '../../lib/rules';
import type { Store } from '../../lib/store';
import type { IsoDate } from '../../lib/units/dates';

const SENT_KEY = 'reminders-sent';
export const REMINDER_ALARM = 'reminders';
export const NEXT_REMINDER_ALARM = 'reminder-next';

/**
 * Shows every reminder due today that was not shown yet. Each notification's id is its stable
 * key, and keys are stored right after showing: if the worker dies in between, the next run
 * re-creates the same id, which replaces the notification instead of doubling it.
 */
export async function runReminders(store: Store, today: IsoDate): Promise<number> {
  const input = await store.loadRulesInput();
  const ev = evaluate(input, today);
  const sent = new Set((await store.getMeta<string[]>(SENT_KEY)) ?? []);
  const due = dueReminders(ev, input.profile.reminderLeadDays, today, sent);
  for (const r of due) {
    await browser.notifications.create(r.key, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title: r.title, message: r.message });
    r.settles.forEach((k) => sent.add(k));
    await store.setMeta(SENT_KEY, [...sent]);
  }
  const next = nextReminderDate(ev, input.profile.reminderLeadDays, today);
  if (next) {
    // 9:00 local time on the day; the periodic alarm catches anything missed while the browser was closed.
    const [y, m, d] = next.split('-').map(Number) as [number, number, number];
    await browser.alarms.create(NEXT_REMINDER_ALARM, { when: new Date(y, m - 1, d, 9).getTime() });
  }
  return due.length;
}
