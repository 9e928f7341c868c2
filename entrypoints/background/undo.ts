import type { z } from 'zod';
import type { ChangeReply, RemoveFromPlan, UndoSave } from '../../lib/messages';
import type { CourseStatus } from '../../lib/rules';
import { StoreError, type Store } from '../../lib/store';

type Reply = z.infer<typeof ChangeReply>;

/**
 * Takes back the last save of the tab's course (the store puts back exactly what that save
 * changed, keeping any certificate it replaced), or says in plain words why not.
 */
export async function undoSave(store: Store, msg: z.infer<typeof UndoSave>): Promise<Reply> {
  return change(async () => (await store.undoSave(msg.courseId, msg.fingerprint)).course?.status ?? null, 'Undo failed; nothing was changed. Try again.');
}

/** Removes the tab's course from the plan (its planned record). */
export async function removeFromPlan(store: Store, msg: z.infer<typeof RemoveFromPlan>): Promise<Reply> {
  return change(async () => {
    await store.removeFromPlan(msg.fingerprint);
    return null;
  }, 'Removing it from your plan failed; nothing was changed. Try again.');
}

async function change(run: () => Promise<CourseStatus | null>, failed: string): Promise<Reply> {
  try {
    return { ok: true, status: await run() };
  } catch (e) {
    return { ok: false, error: e instanceof StoreError ? e.message : failed };
  }
}
