import type { Coverage } from './coverage';

/** How many listings of a page stand out as the best fits (a catalog shows hundreds; a handful stand out). */
export const BEST_FITS = 3;

/**
 * What a course would fill of the user's open gaps, for ranking: deadline-bound credits first (a
 * CQR prescription's, a CE probation's deficit), then biennium credits. An estimated
 * distribution ranks as it reads: the chip marks it "≈", and the user confirms it before it counts.
 */
function fill(c: Coverage): [prescription: number, biennium: number] {
  const prescription = c.credentials.reduce((t, cp) => t + cp.prescription.reduce((s, line) => s + line.adds, 0), 0);
  return [prescription + c.probationAdds, c.biennium?.adds ?? 0];
}

/**
 * The indexes of the courses that fill the most of the user's gaps: the `BEST_FITS` highest by
 * deadline-bound credits then biennium credits, ties to the earlier listing, none that fill nothing.
 */
export function bestFits(coverages: readonly Coverage[], count = BEST_FITS): Set<number> {
  const ranked = coverages
    .map((c, index) => ({ index, fill: fill(c) }))
    .filter((r) => r.fill[0] + r.fill[1] > 0)
    .sort((a, b) => b.fill[0] - a.fill[0] || b.fill[1] - a.fill[1] || a.index - b.index);
  return new Set(ranked.slice(0, count).map((r) => r.index));
}
