import type { IsoDate } from '../units/dates';
import type { Course } from './model';

/** Applications training at one's own facility: at most 8 credits a biennium (arrt-rules.md, Biennial CE). */
export const APPLICATIONS_TRAINING_CAP = 800;
/** ...and since 2024-01-01 it counts for biennial CE only, never CQR or structured education (same source). */
export const APPLICATIONS_TRAINING_BIENNIAL_ONLY_FROM: IsoDate = '2024-01-01';
/** ACLS/PALS: at most 6 credits, once per biennium (arrt-rules.md). */
export const ACLS_PALS_CAP = 600;

export interface BienniumCount {
  /** Credits each counted course contributes, after caps. */
  counted: Map<string, number>;
  excluded: { courseId: string; reason: string }[];
}

export type CompletedCourse = Course & { completedOn: IsoDate };

export function isCompleted(c: Course): c is CompletedCourse {
  return c.status === 'completed' && c.completedOn !== null;
}

export function completedCourses(courses: readonly Course[]): CompletedCourse[] {
  return courses.filter(isCompleted);
}

/** Completion order; ties by id so every run counts the same course first. */
function before(a: CompletedCourse, b: CompletedCourse): boolean {
  // Plain comparisons: ISO dates and ids order correctly by code unit, and localeCompare is ~10× slower.
  return a.completedOn < b.completedOn || (a.completedOn === b.completedOn && a.id < b.id);
}

/** Each activity's first completion only: content (CQR, structured) credits count once per activity. */
export function firstCompletions(completed: readonly CompletedCourse[]): CompletedCourse[] {
  const first = new Map<string, CompletedCourse>();
  for (const c of completed) {
    const known = first.get(c.fingerprint);
    if (!known || before(c, known)) first.set(c.fingerprint, c);
  }
  return [...first.values()];
}

/**
 * Which completed courses count toward the biennium [start, end] and for how much.
 * Credits count once per biennium; home-study/internet activities may never be repeated for
 * credit (arrt-rules.md [3P quoting ARRT]); caps for applications training and ACLS/PALS apply.
 * Only the biennium's own courses are sorted: a long history costs one linear pass.
 */
export function countBiennium(completed: readonly CompletedCourse[], start: IsoDate, end: IsoDate): BienniumCount {
  const counted = new Map<string, number>();
  const excluded: BienniumCount['excluded'] = [];
  const inside = completed.filter((c) => c.completedOn >= start && c.completedOn <= end);
  // An earlier completion matters only for this biennium's home-study activities (no repeats for credit).
  const homeStudy = new Set(inside.filter((c) => c.format === 'home-study').map((c) => c.fingerprint));
  const doneBefore = new Map<string, IsoDate>();
  if (homeStudy.size > 0) {
    for (const c of completed) {
      if (c.completedOn < start && homeStudy.has(c.fingerprint) && (doneBefore.get(c.fingerprint) ?? '9999') > c.completedOn) doneBefore.set(c.fingerprint, c.completedOn);
    }
  }
  inside.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  const doneThisBiennium = new Set<string>();
  let applications = 0;
  let aclsDone = false;
  for (const c of inside) {
    if (doneThisBiennium.has(c.fingerprint)) {
      excluded.push({ courseId: c.id, reason: 'Already counted in this biennium: an activity counts once per biennium.' });
      continue;
    }
    doneThisBiennium.add(c.fingerprint);
    const earlier = doneBefore.get(c.fingerprint);
    if (earlier !== undefined && c.format === 'home-study') {
      excluded.push({ courseId: c.id, reason: `Home-study activity already taken on ${earlier}: it may not be repeated for credit.` });
      continue;
    }
    let credits = c.credits;
    if (c.activityType === 'acls-pals') {
      if (aclsDone) {
        excluded.push({ courseId: c.id, reason: 'ACLS/PALS counts once per biennium.' });
        continue;
      }
      aclsDone = true;
      credits = Math.min(credits, ACLS_PALS_CAP);
    } else if (c.activityType === 'applications-training') {
      credits = Math.min(credits, APPLICATIONS_TRAINING_CAP - applications);
      applications += credits;
      if (credits === 0) {
        excluded.push({ courseId: c.id, reason: 'Applications training is capped at 8 credits per biennium.' });
        continue;
      }
    }
    counted.set(c.id, credits);
  }
  return { counted, excluded };
}

/**
 * Whether a completed course's distribution may count toward CQR or structured education:
 * only a stated or user-confirmed distribution (DESIGN.md, "Estimated vs stated"), and never
 * applications training completed since 2024.
 */
export function countsForContent(c: Pick<Course, 'activityType' | 'distributionBasis'>, completedOn: IsoDate): boolean {
  if (c.distributionBasis !== 'stated' && c.distributionBasis !== 'confirmed') return false;
  return !(c.activityType === 'applications-training' && completedOn >= APPLICATIONS_TRAINING_BIENNIAL_ONLY_FROM);
}
