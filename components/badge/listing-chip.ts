import type { CourseCheck } from '../../lib/messages';

/**
 * One listing of a catalog: a single chip, nothing more ("+0.5 CT Safety"). Static text, so it
 * is built with three DOM calls rather than a Preact render: a catalog can show hundreds, and
 * each render costs in a content script's fresh world.
 */
export function listingChip(doc: Document, check: CourseCheck): HTMLElement {
  const covers = check.coverage.credentials.some((c) => c.prescription.length > 0);
  const saved = check.saved ? ` · ${check.saved.status}` : '';
  const root = doc.createElement('span');
  root.className = 'root';
  const chip = root.appendChild(doc.createElement('span'));
  chip.className = covers ? 'chip' : 'chip none';
  chip.setAttribute('role', 'note');
  chip.setAttribute('aria-label', `CE Companion: ${check.coverage.summary}${saved}`);
  chip.textContent = `${check.coverage.summary}${saved}`;
  return root;
}
