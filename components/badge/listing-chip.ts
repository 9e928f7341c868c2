import type { ExtractedCourse } from '../../lib/extract/schema';
import { formatCredits } from '../../lib/units/credits';

/**
 * A catalog listing's page-stated chip ("CE · 1.5 credits · Category A"), which opens the panel
 * with what the course covers for the user. It shows nothing personal: it lives in the page's own
 * frame (a closed shadow root), where the page can still search its text (find-in-page) and
 * measure it. It is what a listing shows until its personal chip, in an extension-origin frame
 * (entrypoints/chip-frame), is mounted and painted over it. Built with a few DOM calls rather than
 * a Preact render: a catalog shows hundreds, and each render costs in a content script's fresh world.
 */
export function listingChip(doc: Document, course: ExtractedCourse, open: () => void): HTMLElement {
  const root = doc.createElement('span');
  root.className = 'root';
  const chip = root.appendChild(doc.createElement('button'));
  chip.type = 'button';
  chip.className = 'chip';
  const facts = [course.credits !== null ? `${formatCredits(course.credits)} credit${course.credits === 100 ? '' : 's'}` : 'credits not stated', course.category ? `Category ${course.category}` : null].filter(Boolean).join(' · ');
  chip.textContent = `CE · ${facts}`;
  chip.setAttribute('aria-label', `CE Companion: ${facts}. Show what this course covers for you`);
  // Only the user's own click: a page's script cannot open the panel over its listing.
  chip.addEventListener('click', (e) => e.isTrusted && open());
  return root;
}
