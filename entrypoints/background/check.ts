import type { ExtractedCourse } from '../../lib/extract/schema';
import type { CheckCoursesReply, CourseCheck } from '../../lib/messages';
import { estimateDistribution, prepareCoverage, type RulesInput } from '../../lib/rules';
import { courseFingerprint } from '../../lib/store/fingerprint';
import type { IsoDate } from '../../lib/units/dates';
import type { z } from 'zod';

/**
 * What each course found on a page would do for this user: coverage of every credential's gaps,
 * whether it is already saved, and an estimated distribution when the page states none.
 */
export function checkCourses(input: RulesInput, courses: readonly ExtractedCourse[], today: IsoDate): z.infer<typeof CheckCoursesReply> {
  const cover = prepareCoverage(input, today);
  const saved = new Map(input.courses.map((c) => [c.fingerprint, c]));
  const results = courses.map((course): CourseCheck => {
    const fingerprint = courseFingerprint(course);
    const mine = saved.get(fingerprint);
    const stated = course.distribution.length > 0;
    const estimate = stated ? null : estimateDistribution(`${course.title} ${course.description}`, disciplinesFor(course, input), course.credits ?? 0, input.outlineOverrides);
    // A distribution the user already confirmed on the saved record is the one that counts.
    const confirmed = mine?.distributionBasis === 'confirmed' ? mine.distribution : null;
    const coverage = cover({
      fingerprint,
      credits: course.credits,
      category: course.category,
      distribution: confirmed ?? (stated ? course.distribution : (estimate ?? [])),
      distributionBasis: confirmed ? 'confirmed' : stated ? 'stated' : estimate?.length ? 'estimated' : 'none',
      format: course.format,
    });
    return { fingerprint, saved: mine ? { courseId: mine.id, status: mine.status } : null, coverage, estimatedDistribution: estimate?.length ? estimate : null };
  });
  return { setUp: input.profile.birthMonth !== null || input.credentials.length > 0, results };
}

/** The page's disciplines, or the user's own when the page names none. */
function disciplinesFor(course: ExtractedCourse, input: RulesInput) {
  return course.disciplines.length ? course.disciplines : [...new Set(input.credentials.map((c) => c.discipline))];
}
