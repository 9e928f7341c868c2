import { useState } from 'preact/hooks';
import { Credential } from '../../lib/rules';
import { showDate } from '../../lib/units/show';
import { mutate } from '../data/use-data';
import { EditConflict, useStoredEdit } from './EditConflict';

/** A credential's dates in words, for showing two versions side by side. */
function datesOf(c: Pick<Credential, 'status' | 'earnedOn' | 'applyBy' | 'cqrDeadlineOverride' | 'cqrCompletedOn'>): string {
  const day = (d: string | null) => (d ? showDate(d) : '—');
  if (c.status !== 'held') return `applying by ${day(c.applyBy)}`;
  return `earned ${day(c.earnedOn)}, CQR deadline ${day(c.cqrDeadlineOverride)}, CQR complete ${day(c.cqrCompletedOn)}`;
}

/**
 * A credential's dates, edited in place (its prescription stays attached: same record, same id):
 * the date earned, the CQR deadline shown on the ARRT dashboard, and "CQR complete" with the date
 * ARRT recorded it — the only thing that moves the credential to its next 10-year period.
 * Saved against the version it was opened on (another tab may save first).
 */
export function CredentialEditor({ credential, onDone }: { credential: Credential; onDone: () => void }) {
  const held = credential.status === 'held';
  /** The form's fields from a stored version: the one opened, or the one saved elsewhere. */
  const fieldsOf = (c: Credential) => ({ earned: (held ? c.earnedOn : c.applyBy) ?? '', deadline: c.cqrDeadlineOverride ?? '', completed: c.cqrCompletedOn ?? '' });
  const stored = useStoredEdit(credential);
  const [{ earned, deadline, completed }, setFields] = useState(() => fieldsOf(credential));
  const [status, setStatus] = useState<string | null>(null);

  function editSaved(from: Credential) {
    stored.start(from);
    setFields(fieldsOf(from));
    setStatus(null);
  }

  const mine = {
    ...(held ? { earnedOn: earned || null } : { applyBy: earned || null }),
    cqrDeadlineOverride: held ? deadline || null : null,
    cqrCompletedOn: held ? completed || null : null,
  };

  async function save(e: Event, over: Credential = stored.base) {
    e.preventDefault();
    const parsed = Credential.safeParse({ ...over, ...mine });
    if (!parsed.success) return setStatus(`Not saved: ${parsed.error.issues[0]!.path.join('.')} must be a real calendar date.`);
    if (held && !earned) return setStatus('Enter the date you earned the credential (it sets your CQR timeline).');
    try {
      await stored.save(() => mutate((s) => s.putCredential(parsed.data)), over);
      onDone();
    } catch (err) {
      setStatus(err instanceof Error ? err.message : String(err));
    }
  }

  return (
    <form onSubmit={save} class="row" aria-label={`Edit ${credential.discipline}`} data-testid="credential-editor">
      <label>
        {held ? 'Date earned' : 'I plan to apply by'}
        <input type="date" data-testid="edit-earned" value={earned} onInput={(e) => setFields({ earned: e.currentTarget.value, deadline, completed })} />
      </label>
      {held && (
        <>
          <label>
            CQR deadline on your ARRT dashboard
            <input type="date" data-testid="edit-cqr-deadline" value={deadline} onInput={(e) => setFields({ earned, deadline: e.currentTarget.value, completed })} />
          </label>
          <label>
            CQR complete on (as ARRT recorded it)
            <input type="date" data-testid="edit-cqr-complete" value={completed} onInput={(e) => setFields({ earned, deadline, completed: e.currentTarget.value })} />
          </label>
        </>
      )}
      <button type="submit" data-testid="save-credential-edit">
        Save
      </button>
      <button type="button" class="secondary" onClick={onDone}>
        Cancel
      </button>
      {stored.conflict && <EditConflict theirs={datesOf(stored.conflict)} mine={datesOf({ ...stored.base, ...mine })} onSaveMine={(e) => void save(e, stored.conflict!)} onEditTheirs={() => editSaved(stored.conflict!)} />}
      {status && <p role="status">{status}</p>}
    </form>
  );
}
