import type { CourseCheck } from '../../lib/messages/schema';

export interface ChipView {
  text: string;
  /** best: among the listings that fill the most of the user's gaps; covers: fills some; done/planned: already saved; none: fills nothing open. */
  tone: 'best' | 'covers' | 'done' | 'planned' | 'none';
  /** The full sentence for screen readers and the tooltip (the chip itself is one line). */
  label: string;
}

const ESTIMATED = ' ≈ means estimated from the title: confirm it in the panel before it counts.';

/**
 * What a catalog listing's chip says for this user (shown only inside its extension-origin frame):
 * what it would add to their gaps ("+0.5 CT Safety"), or that it is already completed and will not
 * count again, or planned; the best fits of the catalog stand out.
 */
export function chipView(check: CourseCheck, setUp: boolean, bestFit: boolean): ChipView {
  const { coverage, saved } = check;
  const legend = coverage.estimated ? ESTIMATED : '';
  if (!setUp) return { text: 'CE · set up to see your gaps', tone: 'none', label: 'Add your birth month and credentials in CE Companion to see what this course covers for you.' };
  if (saved?.status === 'completed' || coverage.alreadyCompleted) {
    // Completed in an earlier biennium, not home study: it counts for the biennium again.
    if (coverage.biennium?.adds) return { text: `✓ completed before · ${coverage.summary}`, tone: 'done', label: `Completed before; taking it again: ${coverage.summary}.${legend}` };
    return { text: "✓ completed — won't count again", tone: 'done', label: "You completed this course already: it won't count again." };
  }
  if (saved?.status === 'planned') return { text: `planned · ${coverage.summary}`, tone: 'planned', label: `In your plan: ${coverage.summary}.${legend}` };
  const covers = coverage.biennium?.adds || coverage.probationAdds > 0 || coverage.credentials.some((c) => c.prescription.length || c.structuredCategories.length);
  if (bestFit) return { text: `★ ${coverage.summary}`, tone: 'best', label: `One of the best fits on this page for your gaps: ${coverage.summary}.${legend}` };
  return { text: coverage.summary, tone: covers ? 'covers' : 'none', label: `${coverage.summary}.${legend}` };
}
