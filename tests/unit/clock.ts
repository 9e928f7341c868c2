import { vi } from 'vitest';

/**
 * The tests' clock. Unit tests pass their own fixed "today" to the rules; to prove no test leans on
 * the real date anyway, `TEST_CLOCK=YYYY-MM-DD` runs the whole suite with the system clock set to
 * that day (scripts/test-clocks.mjs runs it at a leap day, New Year's Eve and a window's last day).
 */
const day = process.env.TEST_CLOCK;
if (day) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`TEST_CLOCK must be YYYY-MM-DD, not ${day}`);
  // Noon local time: the same calendar day in every time zone offset within ±12 h.
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(`${day}T12:00:00`) });
}
