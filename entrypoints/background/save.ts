import type { z } from 'zod';
import type { ExtractedCourse } from '../../lib/extract/schema';
import type { SaveCourse, SaveCourseReply } from '../../lib/messages';
import { base64ToBytes, StoreError, type Store } from '../../lib/store';
import { pageCourseWorth } from './course-worth';

type Save = z.infer<typeof SaveCourse>;

/**
 * Saves a course the tab's detector reported (the worker's copy, never one the message carries) as
 * planned or completed, with its certificate, in one store transaction. Its distribution and basis
 * are what the badge showed (`pageCourseWorth`): stated, confirmed, or our estimate kept as
 * `estimated` (never counted) so the user can confirm it later in the options page.
 */
export async function saveCourse(store: Store, course: ExtractedCourse, msg: Save, today: string): Promise<z.infer<typeof SaveCourseReply>> {
  try {
    const worth = pageCourseWorth(await store.loadRulesInput(), course, msg.confirmedDistribution);
    const certificate = msg.certificate
      ? { name: msg.certificate.name, type: msg.certificate.type, blob: new Blob([base64ToBytes(msg.certificate.base64) as BlobPart], { type: msg.certificate.type }) }
      : undefined;
    const { course: saved } = await store.upsertCourseByFingerprint(
      {
        fingerprint: worth.fingerprint,
        status: msg.status,
        title: course.title,
        sponsor: course.sponsor,
        url: course.url,
        credits: course.credits ?? 0,
        category: course.category,
        approvalNumber: course.approvalNumber,
        approvedBy: course.approvedBy,
        expires: course.expires,
        disciplines: course.disciplines,
        price: course.price,
        distribution: worth.distribution,
        distributionBasis: worth.basis,
        format: course.format,
        completedOn: msg.status === 'completed' ? (msg.completedOn ?? today) : null,
      },
      certificate,
    );
    return { ok: true, courseId: saved.id, status: saved.status };
  } catch (e) {
    if (e instanceof StoreError) return { ok: false, error: e.message };
    return { ok: false, error: e instanceof Error && /base64/.test(e.message) ? 'The certificate file could not be read.' : 'Saving failed; nothing was changed. Try again.' };
  }
}
