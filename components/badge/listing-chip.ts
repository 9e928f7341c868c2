import type { CourseCheck } from '../../lib/messages';

/** What "≈" means, said on every estimated chip (a catalog has no room for a separate legend). */
export const ESTIMATE_LEGEND = '≈ estimated from the course title: not counted until you confirm the distribution';

/** Prescribed credits (and structured-education categories) a listing would fill: what "best" ranks by. */
function gapFill(check: CourseCheck): number {
  if (check.saved) return 0;
  return check.coverage.credentials.reduce((t, c) => t + c.prescription.reduce((s, l) => s + l.adds, 0) + c.structuredCategories.length * 100, 0);
}

/** The listings of a page that fill the most of the user's open gaps (all tied for first), if any fills some. */
export function bestFits(checks: readonly CourseCheck[]): Set<CourseCheck> {
  const top = Math.max(0, ...checks.map(gapFill));
  return new Set(top > 0 ? checks.filter((c) => gapFill(c) === top) : []);
}

/**
 * One listing of a catalog: a single chip, nothing more ("+0.5 CT Safety"), that knows the
 * user's history: a completed course says it will not count again, a planned one says so, the
 * best fits of the page stand out. Static text, so it is built with three DOM calls rather than
 * a Preact render: a catalog can show hundreds, and each render costs in a content script's fresh world.
 */
export function listingChip(doc: Document, check: CourseCheck, best = false): HTMLElement {
  const covers = check.coverage.credentials.some((c) => c.prescription.length > 0);
  const status = check.saved?.status;
  const text =
    status === 'completed'
      ? '✓ completed — won’t count again'
      : `${status === 'planned' ? 'planned · ' : best ? '★ best fit · ' : ''}${check.coverage.summary}`;
  const root = doc.createElement('span');
  root.className = 'root';
  const chip = root.appendChild(doc.createElement('span'));
  chip.className = status === 'completed' ? 'chip none' : best ? 'chip best' : covers ? 'chip' : 'chip none';
  chip.setAttribute('role', 'note');
  const estimated = status !== 'completed' && check.coverage.estimated;
  chip.setAttribute('aria-label', `CE Companion: ${text}${estimated ? ` (${ESTIMATE_LEGEND})` : ''}`);
  if (estimated) chip.title = ESTIMATE_LEGEND;
  chip.textContent = text;
  return root;
}
