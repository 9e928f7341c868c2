import type { IsoDate } from '../units/dates';
import type { Course } from './model';

/** Applications training at one's own facility: at most 8 credits a biennium (docs/arrt-rules.md, Biennial CE). */
export const APPLICATIONS_TRAINING_CAP = 800;
/** ...and since 2024-01-01 it counts for biennial CE only, never CQR or structured education (same source). */
export const APPLICATIONS_TRAINING_BIENNIAL_ONLY_FROM: IsoDate = '2024-01-01';
/** ACLS/PALS: at most 6 credits, once per biennium (docs/arrt-rules.md). */
export const ACLS_PALS_CAP = 600;

/**
 * Why a completion adds nothing (or may not): each kind has its sentence for the user.
 * `unknown-format-repeat` is a question the user answers by setting the course's format.
 */
export type NotCountedKind = 'no-category' | 'repeat-in-biennium' | 'home-study-repeat' | 'unknown-format-repeat' | 'acls-once' | 'cap-reached';
/** How a reason is introduced: a question the user can answer "may not count"; the rest "not counted". */
export function notCountedLabel(kind: string): 'May not count' | 'Not counted' {
  return kind === 'unknown-format-repeat' ? 'May not count' : 'Not counted';
}

/** Counted, but worth a look: ARRT's wording does not say it is refused (docs/arrt-rules.md, "What counts"). */
export type FlagKind = 'approval-expired';

export interface BienniumCount {
  /** Credits each counted course contributes, after caps. */
  counted: Map<string, number>;
  excluded: { courseId: string; title: string; kind: NotCountedKind; reason: string }[];
  flagged: { courseId: string; title: string; kind: FlagKind; reason: string }[];
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

export function byCompletion(a: CompletedCourse, b: CompletedCourse): number {
  return before(a, b) ? -1 : before(b, a) ? 1 : 0;
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
 * Only ARRT-accepted credit (Category A or A+) counts: a course without a category waits for the
 * user to set it. Credits count once per biennium; home-study/internet activities may never be
 * repeated for credit, and a repeat of unknown format may not count until the user says it was live
 * (docs/arrt-rules.md, "What counts"); caps for applications training and ACLS/PALS apply.
 * Only the biennium's own courses are sorted: a long history costs one linear pass.
 */
export function countBiennium(completed: readonly CompletedCourse[], start: IsoDate, end: IsoDate): BienniumCount {
  const counted = new Map<string, number>();
  const excluded: BienniumCount['excluded'] = [];
  const flagged: BienniumCount['flagged'] = [];
  const inside = completed.filter((c) => c.completedOn >= start && c.completedOn <= end);
  // An earlier completion matters only for activities that may be home study (never repeated for credit).
  const mayBeHomeStudy = new Set(inside.filter((c) => c.format !== 'live').map((c) => c.fingerprint));
  const doneBefore = new Map<string, IsoDate>();
  if (mayBeHomeStudy.size > 0) {
    for (const c of completed) {
      if (c.completedOn < start && mayBeHomeStudy.has(c.fingerprint) && (doneBefore.get(c.fingerprint) ?? '9999') > c.completedOn) doneBefore.set(c.fingerprint, c.completedOn);
    }
  }
  inside.sort(byCompletion);
  const doneThisBiennium = new Set<string>();
  let applications = 0;
  let aclsDone = false;
  const exclude = (c: CompletedCourse, kind: NotCountedKind, reason: string) => excluded.push({ courseId: c.id, title: c.title, kind, reason });
  for (const c of inside) {
    if (c.category === null) {
      exclude(c, 'no-category', 'Not counted until you set its category: ARRT accepts Category A and A+ credit only.');
      continue;
    }
    if (doneThisBiennium.has(c.fingerprint)) {
      exclude(c, 'repeat-in-biennium', 'Already counted in this biennium: an activity counts once per biennium.');
      continue;
    }
    doneThisBiennium.add(c.fingerprint);
    const earlier = doneBefore.get(c.fingerprint);
    if (earlier !== undefined && c.format === 'home-study') {
      exclude(c, 'home-study-repeat', `Home-study activity already taken on ${earlier}: it may not be repeated for credit.`);
      continue;
    }
    if (earlier !== undefined && c.format === 'unknown') {
      exclude(c, 'unknown-format-repeat', `Already taken on ${earlier}, and home-study activities cannot be repeated. If it was a live event, say so on the course.`);
      continue;
    }
    let credits = c.credits;
    if (c.activityType === 'acls-pals') {
      if (aclsDone) {
        exclude(c, 'acls-once', 'ACLS/PALS counts once per biennium.');
        continue;
      }
      aclsDone = true;
      credits = Math.min(credits, ACLS_PALS_CAP);
    } else if (c.activityType === 'applications-training') {
      credits = Math.min(credits, APPLICATIONS_TRAINING_CAP - applications);
      applications += credits;
      if (credits === 0) {
        exclude(c, 'cap-reached', 'Applications training is capped at 8 credits per biennium.');
        continue;
      }
    }
    if (c.expires !== null && c.completedOn > c.expires) {
      flagged.push({ courseId: c.id, title: c.title, kind: 'approval-expired', reason: `Completed after its approval expired (${c.expires}): check that the sponsor still awarded ARRT credit.` });
    }
    counted.set(c.id, credits);
  }
  return { counted, excluded, flagged };
}

/**
 * Whether a completed course's distribution may count toward CQR or structured education:
 * only ARRT-accepted credit with a stated or user-confirmed distribution (DESIGN.md, "Estimated vs
 * stated"), and never
 * applications training completed since 2024.
 */
export function countsForContent(c: Pick<Course, 'activityType' | 'category' | 'distributionBasis'>, completedOn: IsoDate): boolean {
  if (c.category === null) return false;
  if (c.distributionBasis !== 'stated' && c.distributionBasis !== 'confirmed') return false;
  return !(c.activityType === 'applications-training' && completedOn >= APPLICATIONS_TRAINING_BIENNIAL_ONLY_FROM);
}
