/** Dates set by the birth month, kept free of zod so the popup's first paint can use them. */
import { addMonths, firstOfMonth, lastOfMonth, parseIso, type IsoDate } from '../units/dates';

/** First day of the birth month to the last day of the month before it two years later (arrt-rules.md). */
export function bienniumStartingIn(year: number, birthMonth: number): { start: IsoDate; end: IsoDate } {
  const start = firstOfMonth(year, birthMonth);
  const { year: ey, month: em } = parseIso(addMonths(start, 23));
  return { start, end: lastOfMonth(ey, em) };
}

/** Annual renewal is due by the last day of the birth month and opens two months before (docs/arrt-rules.md). */
export const RENEWAL_OPENS_MONTHS_BEFORE = 2;

export function annualRenewal(birthMonth: number, today: IsoDate): { opens: IsoDate; due: IsoDate } {
  const { year } = parseIso(today);
  let due = lastOfMonth(year, birthMonth);
  if (due < today) due = lastOfMonth(year + 1, birthMonth);
  const { year: dy, month: dm } = parseIso(due);
  return { opens: addMonths(firstOfMonth(dy, dm), -RENEWAL_OPENS_MONTHS_BEFORE), due };
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
