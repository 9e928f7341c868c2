/**
 * Credits are integer hundredths (0.25 credit → 25), never floats, so quarter-credit
 * steps add up exactly however many courses are summed (DESIGN.md, "Exact credits").
 */

/**
 * Every bound on a number of credits, in one unit (hundredths), in one table: forms, page readers,
 * the prescription reader and the schemas all check against these.
 */
export const CREDIT_LIMITS = {
  /** Any stored figure: no single CE record is worth 1,000 credits. */
  record: 100_000,
  /**
   * One course as a page or a person states it; anything above is a page error or a hostile
   * number (sponsor-pages.md quotes 21.75 as large).
   */
  course: 10_000,
  /** One prescribed subcategory (a whole prescription is far smaller). */
  prescriptionItem: 10_000,
} as const;
/** Hundredths of a credit; the zod schema that checks one is `Credits` in ./schemas. */
export type Credits = number;

/** Signed hundredths, for remaining/overshoot arithmetic. */
export type CreditDelta = number;

/** 1.5 → 150. Rounds to the nearest hundredth so a decimal typed by a person lands exactly. */
export function toHundredths(credits: number): Credits {
  return Math.round(credits * 100);
}

/** 150 → "1.5", 25 → "0.25", 200 → "2". */
export function formatCredits(hundredths: number): string {
  const sign = hundredths < 0 ? '-' : '';
  const abs = Math.abs(hundredths);
  const whole = Math.floor(abs / 100);
  const frac = abs % 100;
  if (frac === 0) return `${sign}${whole}`;
  return `${sign}${whole}.${String(frac).padStart(2, '0').replace(/0$/, '')}`;
}

export function sumCredits(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
