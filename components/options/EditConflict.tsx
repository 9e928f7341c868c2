import { useState } from 'preact/hooks';
import { ConflictError } from '../../lib/store';

/**
 * An edit of a stored record (course, profile, credential, prescription, outline correction), saved
 * against the version the form was opened on: the store refuses it when another tab saved meanwhile
 * (lib/store/store.ts, checkRevision). Keeps that version and, after a refusal, the one now stored.
 */
export function useStoredEdit<T>(opened: T) {
  const [base, setBase] = useState(opened);
  const [conflict, setConflict] = useState<T | null>(null);
  return {
    base,
    conflict,
    /** Starts (again) from a stored version: the one the form opens on, or the one saved elsewhere. */
    start(from: T) {
      setBase(from);
      setConflict(null);
    },
    /** Writes the edit over `over` (the version opened, or the saved one the user chose to overwrite). */
    async save<R>(write: (over: T) => Promise<R>, over: T = base): Promise<R> {
      try {
        const result = await write(over);
        setConflict(null);
        return result;
      } catch (err) {
        if (err instanceof ConflictError) setConflict(err.current as T);
        throw err;
      }
    },
  };
}

/** Both versions after a refused save, and the two ways on: overwrite with mine, or start from theirs. */
export function EditConflict({ theirs, mine, onSaveMine, onEditTheirs }: { theirs: string; mine: string; onSaveMine: (e: Event) => void; onEditTheirs: () => void }) {
  return (
    <div data-testid="edit-conflict" class="notice">
      <p>
        Saved elsewhere meanwhile: {theirs}. Yours: {mine}.
      </p>
      <button type="button" data-testid="keep-mine" onClick={onSaveMine}>
        Save mine over it
      </button>{' '}
      <button type="button" class="secondary" data-testid="keep-theirs" onClick={onEditTheirs}>
        Edit the saved version
      </button>
    </div>
  );
}
