import { CREDIT_LIMITS, toHundredths } from '../../units/credits';

/**
 * A credit number as sponsor pages write it (sponsor-pages.md, "Numbers"): "1.5", "1.50", ".25",
 * "1 ½", "1½", "¾". Never part of a bigger token: not "-2", "1e308", "12,000" or "A1".
 * The regex source is shared by every pattern that needs "a number here".
 */
export const NUMBER = String.raw`(?<![\w.,+\-−])(?:\d{1,4}(?:\.\d{1,2})?(?:\s?[¼½¾])?|\.\d{1,2}|[¼½¾])(?!\.?\d|,\d|[eE][+-]?\d)`;

const FRACTIONS: Record<string, number> = { '¼': 0.25, '½': 0.5, '¾': 0.75 };

/** "1 ½" → 150 (hundredths); null for anything not a plausible credit amount. */
export function parseCredits(text: string): number | null {
  const m = /^\s*(\d{1,4}(?:\.\d{1,2})?|\.\d{1,2})?\s?([¼½¾])?\s*$/.exec(text);
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  const value = (m[1] ? Number(m[1]) : 0) + (m[2] ? FRACTIONS[m[2]]! : 0);
  if (!Number.isFinite(value)) return null;
  const hundredths = toHundredths(value);
  // Anything above a plausible course is ignored rather than stored.
  if (hundredths > CREDIT_LIMITS.course) return null;
  // ARRT credits come in quarter steps at the finest; "1.33" is not a credit amount.
  return hundredths % 25 === 0 ? hundredths : null;
}
