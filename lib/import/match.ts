import type { Course } from '../rules';
import { courseFingerprint, type NewCourse } from '../store';
import { formatCredits } from '../units/credits';

/**
 * The saved course a certificate belongs to: one saved as planned (or only seen) with the same
 * fingerprint (lib/store/fingerprint.ts), or failing that the same approval number or the same
 * title (a course page names its sponsor by its site, a certificate by its full name).
 */
export function plannedCourseFor(course: NewCourse, saved: readonly Course[]): Course | null {
  const open = saved.filter((c) => c.status !== 'completed');
  const key = (c: { title: string; sponsor?: string | null; approvalNumber?: string | null }) => courseFingerprint({ title: c.title, sponsor: c.sponsor ?? null, approvalNumber: c.approvalNumber ?? null });
  const title = (t: string) => courseFingerprint({ title: t, sponsor: null, approvalNumber: null });
  return (
    open.find((c) => c.fingerprint === key(course)) ??
    (course.approvalNumber ? open.find((c) => c.approvalNumber !== null && key({ title: '', approvalNumber: c.approvalNumber }) === key({ title: '', approvalNumber: course.approvalNumber })) : undefined) ??
    open.find((c) => title(c.title) === title(course.title)) ??
    null
  );
}

export interface Difference {
  field: string;
  saved: string;
  certificate: string;
}

/** What the certificate says differently from the saved course: shown, never merged silently. */
export function differences(saved: Course, course: NewCourse): Difference[] {
  const out: Difference[] = [];
  const norm = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  const check = (field: string, a: string | null | undefined, b: string | null | undefined) => {
    if (a && b && norm(a) !== norm(b)) out.push({ field, saved: a, certificate: b });
  };
  check('Title', saved.title, course.title);
  check('Credits', formatCredits(saved.credits), course.credits === undefined ? null : formatCredits(course.credits));
  check('Category', saved.category, course.category);
  check('Approval number', saved.approvalNumber, course.approvalNumber);
  return out;
}

/** The planned record completed with what the user confirmed from the certificate. */
export function completePlanned(saved: Course, course: NewCourse): Course {
  const keepDistribution = course.distribution === undefined || course.distribution.length === 0;
  return {
    ...saved,
    ...Object.fromEntries(Object.entries(course).filter(([, v]) => v !== null && v !== '' && v !== undefined)),
    id: saved.id,
    fingerprint: saved.fingerprint,
    status: 'completed',
    url: saved.url ?? course.url ?? null,
    distribution: keepDistribution ? saved.distribution : course.distribution!,
    distributionBasis: keepDistribution ? saved.distributionBasis : (course.distributionBasis ?? 'confirmed'),
    disciplines: saved.disciplines.length ? saved.disciplines : (course.disciplines ?? []),
    certificateId: saved.certificateId,
  } as Course;
}
