import type { Course, CourseStatus } from '../rules';

const RANK: Record<CourseStatus, number> = { seen: 0, planned: 1, completed: 2 };

/**
 * One save of a course that already has a record for the same completion (two tabs, or planned
 * then completed) lands in that record: the status only moves forward (seen → planned → completed),
 * a recorded completion date stays, empty fields are filled, and a distribution the user confirmed
 * is never replaced by a page's. A new completion of the same activity is a record of its own
 * (`recordFor`): the rules decide what a repeat counts for.
 */
export function mergeCourse(existing: Course, incoming: Course): Course {
  const status = RANK[incoming.status] > RANK[existing.status] ? incoming.status : existing.status;
  const keepDistribution = existing.distributionBasis === 'confirmed' || (existing.distribution.length > 0 && incoming.distribution.length === 0);
  const completedOn = existing.status === 'completed' ? existing.completedOn : incoming.completedOn;
  return {
    ...existing,
    status,
    sponsor: existing.sponsor ?? incoming.sponsor,
    url: existing.url ?? incoming.url,
    credits: existing.credits || incoming.credits,
    category: existing.category ?? incoming.category,
    approvalNumber: existing.approvalNumber ?? incoming.approvalNumber,
    approvedBy: existing.approvedBy ?? incoming.approvedBy,
    expires: existing.expires ?? incoming.expires,
    disciplines: existing.disciplines.length ? existing.disciplines : incoming.disciplines,
    price: existing.price ?? incoming.price,
    distribution: keepDistribution ? existing.distribution : incoming.distribution,
    distributionBasis: keepDistribution ? existing.distributionBasis : incoming.distributionBasis,
    completedOn: status === 'completed' ? completedOn : null,
    certificateId: existing.certificateId ?? incoming.certificateId,
    updatedAt: Math.max(existing.updatedAt, incoming.updatedAt),
  };
}

/**
 * The saved record a save of `incoming` belongs to, among the records of the same activity; null
 * when it is a new record. A completion joins the record of the same completion date, or a record
 * not completed yet; a completion on another day is a record of its own. A plan (or a course seen)
 * joins the open record, else the latest one (its status never moves back).
 */
export function recordFor(sameActivity: readonly Course[], incoming: Course): Course | null {
  const open = sameActivity.find((c) => c.status !== 'completed') ?? null;
  if (incoming.status === 'completed') return sameActivity.find((c) => c.status === 'completed' && c.completedOn === incoming.completedOn) ?? open;
  return open ?? latestOf(sameActivity);
}

export function latestOf(records: readonly Course[]): Course | null {
  return records.reduce<Course | null>((a, c) => (a === null || c.updatedAt > a.updatedAt ? c : a), null);
}

/** A new completion of an activity already saved: the facts the user gave the earlier record come along. */
export function repeatOf(previous: Course, incoming: Course): Course {
  const merged = mergeCourse({ ...previous, status: 'seen', completedOn: null, certificateId: null, notes: '' }, incoming);
  return { ...merged, id: incoming.id, status: incoming.status, completedOn: incoming.completedOn, certificateId: null, notes: incoming.notes };
}
