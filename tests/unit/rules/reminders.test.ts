import { describe, expect, it } from 'vitest';
import { addDays } from '../../../lib/units/dates';
import { dueReminders, evaluate, nextReminderDate, type Reminder } from '../../../lib/rules';
import { input } from './make';

const LEADS = [90, 30, 14];
// Biennium ends 2027-02-28; CQR of a CT earned 2017-08-01 must be submitted by 2027-07-17.
const data = input({ credentials: [{ discipline: 'CT', earnedOn: '2017-08-01' }] });

/** Runs the reminder loop day by day with a fake clock, restarting ("forgetting" memory) whenever asked. */
function simulate(from: string, to: string, restartEvery = 0): Reminder[] {
  const sent = new Set<string>();
  const fired: Reminder[] = [];
  for (let day = from, n = 0; day <= to; day = addDays(day, 1), n++) {
    const persisted = restartEvery && n % restartEvery === 0 ? new Set(sent) : sent;
    for (const r of dueReminders(evaluate(data, day), LEADS, day, persisted)) {
      fired.push(r);
      r.settles.forEach((k) => sent.add(k));
    }
  }
  return fired;
}

describe('reminders with a fake clock', () => {
  it.each(LEADS)('fires the %i-day reminder on its day, once per deadline', (lead) => {
    const fired = simulate('2026-06-01', '2027-07-17').filter((r) => r.leadDays === lead && !r.key.startsWith('annual-renewal'));
    expect(fired.map((r) => [r.key.split('|')[0], r.date, addDays(r.date, -lead)])).toEqual([
      ['biennium-end', '2027-02-28', addDays('2027-02-28', -lead)],
      ['cqr-submit-by', '2027-07-17', addDays('2027-07-17', -lead)],
    ]);
  });

  it('never duplicates a notification across restarts', () => {
    const fired = simulate('2026-06-01', '2027-07-17', 3);
    expect(new Set(fired.map((r) => r.key)).size).toBe(fired.length);
    // Biennium end and CQR submit-by at 90/30/14 days; annual renewal when it opens, at 30 and at 14.
    expect(fired).toHaveLength(9);
  });

  it('sends one catch-up notification, not three, when first run 10 days before', () => {
    const fired = simulate('2027-02-18', '2027-02-28');
    expect(fired.filter((r) => r.key.startsWith('biennium-end')).map((r) => r.leadDays)).toEqual([14]);
  });

  it('stays silent once the credits are earned', () => {
    const done = { ...data, profile: { ...data.profile }, credentials: [] };
    const ev = evaluate({ ...done, courses: [] }, '2027-02-20');
    ev.deadlines = ev.deadlines.map((d) => ({ ...d, remaining: 0 }));
    expect(dueReminders(ev, LEADS, '2027-02-20', new Set())).toEqual([]);
  });

  it('tells when to wake up next', () => {
    expect(nextReminderDate(evaluate(data, '2026-11-25'), LEADS, '2026-11-25')).toBe('2026-11-30');
  });
});

describe('#4 reminders for window openings, renewal, probation and passed deadlines', () => {
  const run = (d: ReturnType<typeof input>, from: string, to: string) => {
    const sent = new Set<string>();
    const fired: (Reminder & { on: string })[] = [];
    for (let day = from; day <= to; day = addDays(day, 1)) {
      for (const r of dueReminders(evaluate(d, day), LEADS, day, sent)) {
        fired.push({ ...r, on: day });
        r.settles.forEach((k) => sent.add(k));
      }
    }
    return fired;
  };

  it('tells the day a CQR window opens ("start early"), once', () => {
    // CT earned 2020-08-01: window opens 2027-08-01.
    const fired = run(input({ credentials: [{ discipline: 'CT', earnedOn: '2020-08-01' }] }), '2027-07-01', '2027-08-05').filter((r) => r.key.startsWith('cqr-window-opens'));
    expect(fired.map((r) => [r.date, r.leadDays, r.message])).toEqual([['2027-08-01', 0, expect.stringMatching(/start early/)]]);
  });

  it('tells when annual renewal opens (two months before the end of the birth month), with configurable leads after', () => {
    const fired = run(input({ credentials: [{ discipline: 'R', earnedOn: '2009-01-01' }] }), '2027-01-01', '2027-03-31').filter((r) => r.key.startsWith('annual-renewal'));
    expect(fired.map((r) => r.on)).toEqual(['2027-01-01', '2027-03-01', '2027-03-17']);
  });

  it('tells the first day of CE probation and again as its deadline nears', () => {
    const d = input({ birthMonth: 12, startYear: 2024, trackingSince: '2024-12-15', credentials: [{ discipline: 'R', earnedOn: '2009-01-01' }] });
    const fired = run(d, '2026-12-01', '2027-05-31').filter((r) => r.key.startsWith('ce-probation'));
    expect(fired.map((r) => r.on)).toEqual(['2026-12-01', '2027-05-01', '2027-05-17']);
    expect(fired[0]!.message).toMatch(/24 credits short\. Make them up by 2027-05-31/);
  });

  it('tells once that a CQR window closed without a recorded completion', () => {
    const fired = run(input({ credentials: [{ discipline: 'CT', earnedOn: '2016-12-01' }] }), '2026-12-01', '2027-02-01').filter((r) => r.key.startsWith('cqr-overdue'));
    expect(fired.map((r) => r.title)).toEqual(['CT CQR not recorded as complete']);
  });

  it('lead times stay configurable', () => {
    const d = input({ credentials: [{ discipline: 'CT', earnedOn: '2017-08-01' }] });
    const fired: Reminder[] = [];
    for (let day = '2027-01-01'; day <= '2027-02-28'; day = addDays(day, 1)) fired.push(...dueReminders(evaluate(d, day), [7], day, new Set(fired.map((r) => r.key))));
    expect(fired.filter((r) => r.key.startsWith('biennium-end')).map((r) => r.leadDays)).toEqual([7]);
  });
});
