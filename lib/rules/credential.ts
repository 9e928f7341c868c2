import { z } from 'zod';
import { addDays, addYears } from '../units/dates';
import { IsoDate } from '../units/schemas';
import type { Credential } from './model';

/**
 * ARRT: credentials earned on or after 2011-01-01, and every R.R.A., are time-limited to 10 years
 * and need CQR (arrt-rules.md, CQR; seed 001).
 */
export const TIME_LIMITED_FROM: IsoDate = '2011-01-01';
export const CQR_PERIOD_YEARS = 10;
/** CQR is completed during the final 3 years of the 10-year period (seed 001). */
export const CQR_WINDOW_YEARS = 3;
/** Submit prescribed CE at least two weeks before the window ends; review takes up to two weeks (seed 001). */
export const CQR_REVIEW_DAYS = 14;

export function isTimeLimited(c: Pick<Credential, 'discipline' | 'earnedOn'>): boolean {
  if (c.discipline === 'RRA') return true;
  return c.earnedOn !== null && c.earnedOn >= TIME_LIMITED_FROM;
}

export const CqrTimeline = z.object({
  periodStart: IsoDate,
  /** Last day of the 10-year period: the end of the compliance window, no extensions. */
  deadline: IsoDate,
  windowStart: IsoDate,
  /** Recommended last day to submit prescribed CE so ARRT's review finishes in time. */
  submitBy: IsoDate,
  /** True when `deadline` comes from the user's ARRT dashboard rather than our computation. */
  fromDashboard: z.boolean(),
});
export type CqrTimeline = z.infer<typeof CqrTimeline>;

/**
 * The CQR period in force on `today`. Each credential has its own timeline from the date it
 * was earned; after a completed CQR the next one is due 10 years later (seed 001), so a
 * credential older than 10 years is on a later period. ARRT's dashboard is authoritative:
 * a deadline the user copied from it replaces ours.
 */
export function cqrTimeline(c: Credential, today: IsoDate): CqrTimeline | null {
  if (!isTimeLimited(c) || c.earnedOn === null) return null;
  let periodStart = c.earnedOn;
  while (periodEnd(periodStart) < today) periodStart = addYears(periodStart, CQR_PERIOD_YEARS);
  const deadline = c.cqrDeadlineOverride ?? periodEnd(periodStart);
  return {
    periodStart,
    deadline,
    windowStart: addDays(addYears(deadline, -CQR_WINDOW_YEARS), 1),
    submitBy: addDays(deadline, -CQR_REVIEW_DAYS),
    fromDashboard: c.cqrDeadlineOverride !== null,
  };
}

/** The day before the 10th anniversary; counted from the day before so a leap-day start ends on Feb 28, not 27. */
function periodEnd(start: IsoDate): IsoDate {
  return addYears(addDays(start, -1), CQR_PERIOD_YEARS);
}
