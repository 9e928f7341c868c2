/**
 * Dates for browser tests, computed from the real clock: the built extension runs on today's date,
 * so a literal date in a browser test is a test that breaks with the calendar.
 */

function iso(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Today shifted by whole years and months (day of month kept at or below 28, so no month overflows). */
export function isoFromToday({ years = 0, months = 0 }: { years?: number; months?: number }): string {
  const now = new Date();
  return iso(new Date(now.getFullYear() + years, now.getMonth() + months, Math.min(now.getDate(), 28)));
}

/**
 * A profile whose biennium ends on the last day of next month (28–62 days away, inside the default
 * 90-day reminder lead): the birth month is the month after next, and its biennium began two years
 * before that month's first day.
 */
export function bienniumEndingNextMonth(): { birthMonth: string; startYear: string } {
  const now = new Date();
  const birthMonthStart = new Date(now.getFullYear(), now.getMonth() + 2, 1);
  return { birthMonth: String(birthMonthStart.getMonth() + 1), startYear: String(birthMonthStart.getFullYear() - 2) };
}

/** A date as the extension shows it in the tests' en-US browser (lib/units/show.ts): MM/DD/YYYY. */
export function shown(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${m}/${d}/${y}`;
}
