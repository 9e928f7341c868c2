import type { Course, CourseStatus } from '../rules';

const RANK: Record<CourseStatus, number> = { seen: 0, planned: 1, completed: 2 };

/**
 * One course saved twice (two tabs, or planned then completed) becomes one record: the status
 * only moves forward (seen → planned → completed), the first completion date stays, empty
 * fields are filled, and a distribution the user confirmed is never replaced by a page's.
 */
export function mergeCourse(existing: Course, incoming: Course): Course {
  const status = RANK[incoming.status] > RANK[existing.status] ? incoming.status : existing.status;
  const keepDistribution = existing.distributionBasis === 'confirmed' || (existing.distribution.length > 0 && incoming.distribution.length === 0);
  const completedOn = [existing.completedOn, incoming.completedOn].filter((d): d is string => d !== null).sort()[0] ?? null;
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
