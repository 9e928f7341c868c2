import type { z } from 'zod';
import type { SaveCourse, SaveCourseReply } from '../../lib/messages';
import { estimateDistribution } from '../../lib/rules';
import { base64ToBytes, StoreError, type Store } from '../../lib/store';

type Save = z.infer<typeof SaveCourse>;

/**
 * Saves a course from a sponsor page as planned or completed, with its certificate, in one store
 * transaction. A page-stated distribution is kept as stated; without one, our estimate is kept as
 * `estimated` (never counted) so the user can confirm it later in the options page.
 */
export async function saveCourse(store: Store, msg: Save, today: string): Promise<z.infer<typeof SaveCourseReply>> {
  const c = msg.course;
  const stated = c.distribution.length > 0;
  const estimate = stated || msg.confirmedDistribution ? [] : estimateDistribution(`${c.title} ${c.description}`, c.disciplines, c.credits ?? 0);
  const distribution = msg.confirmedDistribution ?? (stated ? c.distribution : estimate);
  const basis = msg.confirmedDistribution ? 'confirmed' : stated ? 'stated' : estimate.length ? 'estimated' : 'none';
  try {
    const certificate = msg.certificate
      ? { name: msg.certificate.name, type: msg.certificate.type, blob: new Blob([base64ToBytes(msg.certificate.base64) as BlobPart], { type: msg.certificate.type }) }
      : undefined;
    const { course } = await store.upsertCourseByFingerprint(
      {
        status: msg.status,
        title: c.title,
        sponsor: c.sponsor,
        url: c.url,
        credits: c.credits ?? 0,
        category: c.category,
        approvalNumber: c.approvalNumber,
        approvedBy: c.approvedBy,
        expires: c.expires,
        disciplines: c.disciplines,
        price: c.price,
        distribution,
        distributionBasis: basis,
        format: c.format,
        completedOn: msg.status === 'completed' ? (msg.completedOn ?? today) : null,
      },
      certificate,
    );
    return { ok: true, courseId: course.id, status: course.status };
  } catch (e) {
    if (e instanceof StoreError) return { ok: false, error: e.message };
    return { ok: false, error: e instanceof Error && /base64/.test(e.message) ? 'The certificate file could not be read.' : 'Saving failed; nothing was changed. Try again.' };
  }
}
