import { useState } from 'preact/hooks';
import { Credential } from '../../lib/rules';
import { mutate } from '../data/use-data';

/**
 * A credential's dates, edited in place (its prescription stays attached: same record, same id):
 * the date earned, the CQR deadline shown on the ARRT dashboard, and "CQR complete" with the date
 * ARRT recorded it — the only thing that moves the credential to its next 10-year period.
 */
export function CredentialEditor({ credential, onDone }: { credential: Credential; onDone: () => void }) {
  const held = credential.status === 'held';
  const [earned, setEarned] = useState((held ? credential.earnedOn : credential.applyBy) ?? '');
  const [deadline, setDeadline] = useState(credential.cqrDeadlineOverride ?? '');
  const [completed, setCompleted] = useState(credential.cqrCompletedOn ?? '');
  const [status, setStatus] = useState<string | null>(null);

  async function save(e: Event) {
    e.preventDefault();
    const parsed = Credential.safeParse({
      ...credential,
      ...(held ? { earnedOn: earned || null } : { applyBy: earned || null }),
      cqrDeadlineOverride: held ? deadline || null : null,
      cqrCompletedOn: held ? completed || null : null,
    });
    if (!parsed.success) return setStatus(`Not saved: ${parsed.error.issues[0]!.path.join('.')} must be a real calendar date.`);
    if (held && !earned) return setStatus('Enter the date you earned the credential (it sets your CQR timeline).');
    try {
      await mutate((s) => s.putCredential(parsed.data));
      onDone();
    } catch (err) {
      setStatus(err instanceof Error ? err.message : String(err));
    }
  }

  return (
    <form onSubmit={save} class="row" aria-label={`Edit ${credential.discipline}`} data-testid="credential-editor">
      <label>
        {held ? 'Date earned' : 'I plan to apply by'}
        <input type="date" data-testid="edit-earned" value={earned} onInput={(e) => setEarned(e.currentTarget.value)} />
      </label>
      {held && (
        <>
          <label>
            CQR deadline on your ARRT dashboard
            <input type="date" data-testid="edit-cqr-deadline" value={deadline} onInput={(e) => setDeadline(e.currentTarget.value)} />
          </label>
          <label>
            CQR complete on (as ARRT recorded it)
            <input type="date" data-testid="edit-cqr-complete" value={completed} onInput={(e) => setCompleted(e.currentTarget.value)} />
          </label>
        </>
      )}
      <button type="submit" data-testid="save-credential-edit">
        Save
      </button>
      <button type="button" class="secondary" onClick={onDone}>
        Cancel
      </button>
      {status && <p role="status">{status}</p>}
    </form>
  );
}
