import { addMonths, daysBetween, parseIso, type IsoDate } from './dates';

/**
 * Dates and spans as people read them: a date as the technologist's ARRT dashboard writes it
 * (MM/DD/YYYY in the United States; the browser's own locale decides elsewhere), a span in months
 * rather than hundreds of days. Every page and message formats through here, never by hand.
 */

/** 2027-07-31 → "07/31/2027" (en-US). Formatted in UTC so no time zone moves the calendar date. */
export function showDate(date: IsoDate, locale?: string): string {
  const { year, month, day } = parseIso(date);
  return dateFormat(locale).format(Date.UTC(year, month - 1, day));
}

/** One formatter per locale: making one costs far more than using it, and a popup shows a dozen dates. */
const formats = new Map<string | undefined, Intl.DateTimeFormat>();
function dateFormat(locale: string | undefined): Intl.DateTimeFormat {
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' })));
  return format;
}

/** "07/01/2025 – 06/30/2027". */
export function showRange(start: IsoDate, end: IsoDate, locale?: string): string {
  return `${showDate(start, locale)} – ${showDate(end, locale)}`;
}

/** Whole calendar months from `from` to `to` (to ≥ from): 2026-12-01 → 2027-07-31 is 7. */
export function wholeMonths(from: IsoDate, to: IsoDate): number {
  const a = parseIso(from);
  const b = parseIso(to);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (addMonths(from, months) > to) months -= 1;
  return months;
}

/** "8 months", "1 year 2 months", "12 days": the span between two dates, in the unit a person uses. */
export function spanText(from: IsoDate, to: IsoDate): string {
  const [a, b] = from <= to ? [from, to] : [to, from];
  const days = daysBetween(a, b);
  // Under about two months, days say more than "1 month".
  if (days < 60) return plural(days, 'day');
  // Rounded to the nearer month: 7 months and 29 days reads "8 months".
  const whole = wholeMonths(a, b);
  const months = daysBetween(addMonths(a, whole), b) >= 15 ? whole + 1 : whole;
  if (months < 24) return plural(months, 'month');
  const years = Math.floor(months / 12);
  return months % 12 === 0 ? plural(years, 'year') : `${plural(years, 'year')} ${plural(months % 12, 'month')}`;
}

/** "in 8 months", "today", "12 days ago". */
export function whenText(today: IsoDate, date: IsoDate): string {
  if (date === today) return 'today';
  return date > today ? `in ${spanText(today, date)}` : `${spanText(date, today)} ago`;
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
