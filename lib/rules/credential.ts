import { z } from 'zod';
import { addDays, addYears } from '../units/dates';
import { IsoDate } from '../units/schemas';
import type { Credential } from './model';

/**
 * ARRT: credentials earned on or after 2011-01-01, and every R.R.A., are time-limited to 10 years
 * and need CQR (docs/arrt-rules.md, CQR).
 */
export const TIME_LIMITED_FROM: IsoDate = '2011-01-01';
export const CQR_PERIOD_YEARS = 10;
/** CQR is completed during the final 3 years of the 10-year period (docs/arrt-rules.md, CQR). */
export const CQR_WINDOW_YEARS = 3;
/** Submit prescribed CE at least two weeks before the window ends; review takes up to two weeks (same source). */
export const CQR_REVIEW_DAYS = 14;
/** After a missed window, one year to complete CQR and reinstate online (docs/arrt-rules.md, Reinstatement). */
export const CQR_REINSTATE_YEARS = 1;

export function isTimeLimited(c: Pick<Credential, 'discipline' | 'earnedOn'>): boolean {
  if (c.discipline === 'RRA') return true;
  return c.earnedOn !== null && c.earnedOn >= TIME_LIMITED_FROM;
}

/**
 * Where the credential's CQR stands: before its window, window open, past the recommended submit-by
 * day (submit now), recorded complete, or the window closed without a recorded completion.
 */
export const CqrStatus = z.enum(['upcoming', 'open', 'submit-now', 'complete', 'overdue']);
export type CqrStatus = z.infer<typeof CqrStatus>;

export const CqrTimeline = z.object({
  periodStart: IsoDate,
  /** Last day of the 10-year period: the end of the compliance window, no extensions. */
  deadline: IsoDate,
  windowStart: IsoDate,
  /** Recommended last day to submit prescribed CE so ARRT's review finishes in time. */
  submitBy: IsoDate,
  /** True when `deadline` comes from the user's ARRT dashboard rather than our computation. */
  fromDashboard: z.boolean(),
  status: CqrStatus,
  /** The recorded completion of this period's CQR, when there is one. */
  completedOn: IsoDate.nullable(),
  /** For an overdue CQR: the last day to complete CQR and reinstate online. */
  reinstateBy: IsoDate.nullable(),
});
export type CqrTimeline = z.infer<typeof CqrTimeline>;

/**
 * The CQR period in force on `today`. One source of truth per credential: the deadline the user
 * copied from the ARRT dashboard when there is one, else the day before the 10th anniversary of the
 * date earned; later periods end 10, 20, … years after it. A period rolls over only when its CQR was
 * recorded complete (docs/arrt-rules.md, CQR): a deadline that passed without that is `overdue`,
 * never a silent reset to the next period.
 */
export function cqrTimeline(c: Credential, today: IsoDate): CqrTimeline | null {
  if (!isTimeLimited(c)) return null;
  const base = c.cqrDeadlineOverride;
  const earned = c.earnedOn;
  if (base === null && earned === null) return null;
  // Every period's end from the same origin: a leap-day start never drifts to Feb 27 or overlaps.
  const endOf = (k: number): IsoDate => (base !== null ? addYears(base, CQR_PERIOD_YEARS * k) : addYears(addDays(earned!, -1), CQR_PERIOD_YEARS * (k + 1)));
  const startOf = (k: number): IsoDate => (k === 0 && base === null ? earned! : addDays(endOf(k - 1), 1));
  const windowOf = (k: number): IsoDate => addDays(addYears(endOf(k), -CQR_WINDOW_YEARS), 1);
  const done = c.cqrCompletedOn;
  let k = 0;
  // The latest recorded completion implies every earlier period was completed as well.
  while (endOf(k) < today && done !== null && done >= windowOf(k)) k++;
  const deadline = endOf(k);
  const windowStart = windowOf(k);
  const submitBy = addDays(deadline, -CQR_REVIEW_DAYS);
  const completedOn = done !== null && done >= windowStart ? done : null;
  const status: CqrStatus =
    completedOn !== null ? 'complete' : today > deadline ? 'overdue' : today > submitBy ? 'submit-now' : today >= windowStart ? 'open' : 'upcoming';
  return {
    periodStart: startOf(k),
    deadline,
    windowStart,
    submitBy,
    fromDashboard: base !== null,
    status,
    completedOn,
    reinstateBy: status === 'overdue' ? addYears(deadline, CQR_REINSTATE_YEARS) : null,
  };
}
