import type { CourseCheck } from '../../lib/messages';

/** One listing of a catalog: a single chip, nothing more ("+0.5 CT Safety"). */
export function ListingBadge({ check }: { check: CourseCheck }) {
  const covers = check.coverage.credentials.some((c) => c.prescription.length > 0);
  const saved = check.saved ? ` · ${check.saved.status}` : '';
  return (
    <span class="root">
      <span class={covers ? 'chip' : 'chip none'} role="note" aria-label={`CE Companion: ${check.coverage.summary}${saved}`}>
        {check.coverage.summary}
        {saved}
      </span>
    </span>
  );
}
