import type { ExtractedCourse } from '../../lib/extract/schema';
import type { CourseCheck, PageCheck } from '../../lib/messages';
import { prepareCoverage, type RulesInput } from '../../lib/rules';
import type { IsoDate } from '../../lib/units/dates';
import type { z } from 'zod';
import { savedRecordsOf } from '../../lib/store/fingerprint';
import { pageCourseWorth } from './course-worth';

/**
 * What each course found on a page would do for this user: coverage of every credential's gaps,
 * whether it is already saved, and an estimated distribution when the page states none.
 */
export function checkCourses(input: RulesInput, courses: readonly ExtractedCourse[], today: IsoDate): z.infer<typeof PageCheck> {
  const cover = prepareCoverage(input, today);
  const recordsOf = savedRecordsOf(input.courses);
  const results = courses.map((course): CourseCheck => {
    const worth = pageCourseWorth(input, course, null, recordsOf);
    const coverage = cover({
      fingerprint: worth.fingerprint,
      credits: course.credits,
      category: course.category,
      expires: course.expires,
      distribution: worth.distribution,
      distributionBasis: worth.basis,
      format: course.format,
    });
    return { fingerprint: worth.fingerprint, saved: worth.saved ? { courseId: worth.saved.id, status: worth.saved.status } : null, coverage, estimatedDistribution: worth.estimate };
  });
  return { setUp: input.profile.birthMonth !== null || input.credentials.length > 0, results };
}
