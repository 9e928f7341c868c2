import type { Course } from '../rules';
import type { Certificate } from './certificate';

/** The `meta` key holding the undo records of the latest saves. */
export const UNDO_KEY = 'undo-saves';
/** Saves that can still be undone: the latest few (a replaced certificate's file is kept in its record until then). */
const KEPT = 10;

/**
 * What one save of a course changed, enough to put things back exactly: the record as the save left
 * it (its `updatedAt`), the record before it (null: the save created it) and a certificate the save
 * replaced (its file, which would otherwise be gone).
 */
export interface SaveUndo {
  courseId: string;
  savedUpdatedAt: number;
  previous: Course | null;
  replacedCertificate: Certificate | null;
}

/**
 * The undo records with this save's first. Undo goes back one save: a second save of the same
 * record replaces the first one's record (undoing it returns to the state between the two).
 */
export function rememberSave(saves: readonly SaveUndo[], save: SaveUndo): SaveUndo[] {
  return [save, ...forgetSave(saves, save.courseId)].slice(0, KEPT);
}

export function forgetSave(saves: readonly SaveUndo[], courseId: string): SaveUndo[] {
  return saves.filter((u) => u.courseId !== courseId);
}
