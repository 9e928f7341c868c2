/** Why a write was refused; every code comes with a sentence a technologist can act on. */
export type StoreErrorCode = 'quota' | 'too-large' | 'invalid' | 'not-found' | 'conflict' | 'unknown';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/**
 * A write based on a version of a record that has changed since (another tab saved it first).
 * Nothing was written; `current` is what is stored now, for the form to show beside the user's.
 */
export class ConflictError<T> extends StoreError {
  constructor(readonly current: T) {
    super('conflict', 'This was changed in another tab or window since you opened it. Nothing was saved: compare both versions and choose.');
    this.name = 'ConflictError';
  }
}

/** A backup file that cannot be restored; `issues` say exactly where and why. Nothing was changed. */
export class BackupError extends Error {
  constructor(readonly issues: string[]) {
    super(`This backup cannot be restored; nothing was changed.\n${issues.slice(0, 20).join('\n')}`);
    this.name = 'BackupError';
  }
}

/**
 * Maps IndexedDB failures onto StoreError. A full disk surfaces as QuotaExceededError on the
 * request, or as the transaction's error after an abort; both mean the transaction was rolled back.
 */
export function toStoreError(e: unknown): Error {
  if (e instanceof StoreError || e instanceof BackupError) return e;
  const name = (e as { name?: string } | null)?.name;
  const inner = (e as { inner?: { name?: string } } | null)?.inner?.name;
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return new StoreError('quota', "Your browser's storage for CE Companion is full, so nothing was saved. Free disk space (or remove large certificates) and try again.");
  }
  return e instanceof Error ? e : new StoreError('unknown', String(e));
}
