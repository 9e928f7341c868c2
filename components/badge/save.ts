import { post } from '../../lib/messages/post';
import type { SaveCourseReply } from '../../lib/messages/schema';
import type { SaveRequest } from './CoursePanel';
import { readAsBase64 } from './read-file';
import type { z } from 'zod';

/** Saves the tab's course (the worker finds it by its fingerprint) as asked; the worker's reply, or an error for the panel to show. */
export async function saveFromPanel(fingerprint: string, r: SaveRequest): Promise<z.infer<typeof SaveCourseReply>> {
  try {
    const certificate = r.certificate ? { name: r.certificate.name, type: r.certificate.type, base64: await readAsBase64(r.certificate) } : null;
    return await post({ type: 'save-course', fingerprint, status: r.status, completedOn: r.completedOn, confirmedDistribution: null, certificate });
  } catch (e) {
    return { ok: false, error: e instanceof Error && e.message.startsWith('Certificates') ? e.message : 'CE Companion could not save right now. Reload the page and try again.' };
  }
}
