import type { ExtractedCourse } from '../../lib/extract/schema';
import type { Distribution } from '../../lib/outlines';
import { estimateDistribution, type Course, type DistributionBasis, type RulesInput } from '../../lib/rules';
import { courseFingerprint, savedRecordsOf } from '../../lib/store/fingerprint';

export interface PageCourseWorth {
  fingerprint: string;
  /** The latest saved record of the same activity, if any. */
  saved: Course | null;
  /** The distribution that counts (or would, once confirmed), and where it came from. */
  distribution: Distribution;
  basis: DistributionBasis;
  /** Our guess when the page states none: shown as estimated, for the user to confirm. */
  estimate: Distribution | null;
}

/**
 * What a course found on a page is worth to this user: the one function the badge's check and the
 * save both use (DESIGN.md, "One course, one shape"), so what the badge promised is what gets saved.
 * A distribution the user confirms (now, or earlier on the saved record) wins; then the page's;
 * then our estimate from the user's own disciplines when the page names none. A check of a whole
 * catalog passes `recordsOf`, the saved records indexed once for all its courses.
 */
export function pageCourseWorth(input: RulesInput, course: ExtractedCourse, confirmed: Distribution | null = null, recordsOf = savedRecordsOf(input.courses)): PageCourseWorth {
  const records = recordsOf(course);
  const saved = records.reduce<Course | null>((a, c) => (a === null || c.updatedAt > a.updatedAt ? c : a), null);
  // A record found by its address keeps its own identity: saving the listing again is a repeat of it.
  const fingerprint = saved?.fingerprint ?? courseFingerprint(course);
  // A listing that states no distribution: the one its course page stated, as saved from there.
  const savedStated = records.find((c) => c.distributionBasis === 'stated' && c.distribution.length > 0)?.distribution ?? null;
  const stated = course.distribution.length > 0 ? course.distribution : savedStated;
  const estimate = stated ? null : estimateDistribution(`${course.title} ${course.description}`, disciplinesFor(course, input), course.credits ?? 0, input.outlineOverrides);
  const userConfirmed = confirmed ?? records.find((c) => c.distributionBasis === 'confirmed')?.distribution ?? null;
  const distribution = userConfirmed ?? stated ?? estimate ?? [];
  const basis: DistributionBasis = userConfirmed ? 'confirmed' : stated ? 'stated' : estimate?.length ? 'estimated' : 'none';
  return { fingerprint, saved, distribution, basis, estimate: estimate?.length ? estimate : null };
}

/** The page's disciplines, or the user's own when the page names none. */
function disciplinesFor(course: ExtractedCourse, input: RulesInput) {
  return course.disciplines.length ? course.disciplines : [...new Set(input.credentials.map((c) => c.discipline))];
}
