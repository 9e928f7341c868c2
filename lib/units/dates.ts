/**
 * Calendar dates as ISO `YYYY-MM-DD` strings (DESIGN.md, "Calendar dates"). They compare
 * correctly as strings and never pass through an instant, so a deadline cannot move by a
 * day when the user's time zone or daylight-saving time changes.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return y >= 1900 && y <= 2200 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** A calendar date `YYYY-MM-DD`; the zod schema that checks one is `IsoDate` in ./schemas. */
export type IsoDate = string;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

export interface YMD { year: number; month: number; day: number }

export function parseIso(date: IsoDate): YMD {
  const m = ISO.exec(date);
  if (!m) throw new RangeError(`not a calendar date: ${date}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

export function formatIso({ year, month, day }: YMD): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Adds months, clamping the day to the target month's length (Jan 31 + 1 month → Feb 28/29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parseIso(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return formatIso({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

/** Day number since 1970-01-01, computed in UTC arithmetic so no local zone takes part. */
export function dayNumber(date: IsoDate): number {
  const { year, month, day } = parseIso(date);
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

export function fromDayNumber(n: number): IsoDate {
  const d = new Date(n * 86_400_000);
  return formatIso({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}

export function firstOfMonth(year: number, month: number): IsoDate {
  return formatIso({ year, month, day: 1 });
}

export function lastOfMonth(year: number, month: number): IsoDate {
  return formatIso({ year, month, day: daysInMonth(year, month) });
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** Inclusive range test. */
export function isWithin(date: IsoDate, start: IsoDate, end: IsoDate): boolean {
  return date >= start && date <= end;
}

/**
 * Today's calendar date where the user is. Only UI and worker entrypoints call this;
 * rules take `today` as an argument so tests control it.
 */
export function localToday(now: Date = new Date()): IsoDate {
  return formatIso({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}
