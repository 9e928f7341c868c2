/** Dates set by the birth month, kept free of zod so the popup's first paint can use them. */
import { addMonths, firstOfMonth, lastOfMonth, parseIso, type IsoDate } from '../units/dates';
import type { Profile } from './model';

/** First day of the birth month to the last day of the month before it two years later (arrt-rules.md). */
export function bienniumStartingIn(year: number, birthMonth: number): { start: IsoDate; end: IsoDate } {
  const start = firstOfMonth(year, birthMonth);
  const { year: ey, month: em } = parseIso(addMonths(start, 23));
  return { start, end: lastOfMonth(ey, em) };
}

/**
 * The next annual renewal: due by the last day of the birth month, every year (arrt-rules.md,
 * Annual renewal). Null until the birth month is known.
 */
export function nextRenewal(profile: Pick<Profile, 'birthMonth'>, today: IsoDate): IsoDate | null {
  if (profile.birthMonth === null) return null;
  const { year } = parseIso(today);
  const thisYear = lastOfMonth(year, profile.birthMonth);
  return thisYear >= today ? thisYear : lastOfMonth(year + 1, profile.birthMonth);
}

/**
 * The two bienniums `today` may be in when the user has not said which series is theirs: one
 * started at the latest birth month on or before today, one a year before. Sooner end first; the
 * user picks the one their ARRT dashboard shows, and its start year is stored.
 */
export function bienniumChoices(birthMonth: number, today: IsoDate): { startYear: number; start: IsoDate; end: IsoDate }[] {
  let year = parseIso(today).year;
  if (firstOfMonth(year, birthMonth) > today) year -= 1;
  return [year - 1, year].map((startYear) => ({ startYear, ...bienniumStartingIn(startYear, birthMonth) }));
}
