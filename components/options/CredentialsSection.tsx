import { useState } from 'preact/hooks';
import type { DisciplineId } from '../../lib/outlines';
import { Credential, type RulesInput } from '../../lib/rules';
import { mutate } from '../data/use-data';
import { DisciplineSelect } from '../ui/DisciplineSelect';
import { disciplineName } from '../ui/names';
import { CredentialEditor } from './CredentialEditor';
import { PrescriptionEditor } from './PrescriptionEditor';

/** The user's ARRT credentials and, under each, its CQR prescription. */
export function CredentialsSection({ input }: { input: RulesInput }) {
  const [adding, setAdding] = useState(false);
  const [discipline, setDiscipline] = useState<DisciplineId>('R');
  const [earned, setEarned] = useState('');
  const [pursuing, setPursuing] = useState(false);
  const [deadline, setDeadline] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);

  async function save(e: Event) {
    e.preventDefault();
    const parsed = Credential.safeParse({
      id: crypto.randomUUID(),
      discipline,
      earnedOn: pursuing ? null : earned || null,
      status: pursuing ? 'pursuing' : 'held',
      cqrDeadlineOverride: deadline || null,
      applyBy: pursuing ? earned || null : null,
    });
    if (!parsed.success) return setStatus('Check the date: it must be a real calendar date.');
    if (!pursuing && !earned) return setStatus('Enter the date you earned the credential (it sets your CQR timeline).');
    await mutate((s) => s.putCredential(parsed.data));
    setStatus(`${disciplineName(discipline)} added.`);
    setAdding(false);
  }

  return (
    <section class="card" id="credentials" aria-labelledby="cred-h">
      <h2 id="cred-h">Credentials and CQR prescriptions</h2>
      {input.credentials.map((c) => (
        <article key={c.id} class="card" data-testid="credential-item" data-discipline={c.discipline}>
          <div class="row" style={{ justifyContent: 'space-between', marginTop: 0 }}>
            <strong>{disciplineName(c.discipline)}</strong>
            <span class="muted">
              {c.status === 'pursuing' ? `Structured education, applying by ${c.applyBy ?? '—'}` : `Earned ${c.earnedOn ?? '—'}`}
              {c.cqrDeadlineOverride ? ` · CQR deadline ${c.cqrDeadlineOverride} (dashboard)` : ''}
              {c.cqrCompletedOn ? ` · CQR complete ${c.cqrCompletedOn}` : ''}
            </span>
            <button type="button" class="secondary" data-testid="edit-credential" onClick={() => setEditing(editing === c.id ? null : c.id)}>
              Edit
            </button>
            <button type="button" class="danger" onClick={() => confirm(`Remove ${c.discipline} and its prescription?`) && void mutate((s) => s.deleteCredential(c.id))}>
              Remove
            </button>
          </div>
          {editing === c.id && <CredentialEditor credential={c} onDone={() => setEditing(null)} />}
          {c.status === 'held' && <PrescriptionEditor credential={c} input={input} />}
        </article>
      ))}
      {adding ? (
        <form onSubmit={save} class="row" aria-label="Add a credential">
          <DisciplineSelect value={discipline} onChange={setDiscipline} testId="credential-discipline" />
          <label>
            <span>
              <input type="checkbox" checked={pursuing} onChange={(e) => setPursuing(e.currentTarget.checked)} /> Pursuing it (structured education)
            </span>
          </label>
          <label>
            {pursuing ? 'I plan to apply by' : 'Date earned'}
            <input type="date" data-testid="credential-earned" value={earned} onInput={(e) => setEarned(e.currentTarget.value)} />
          </label>
          {!pursuing && (
            <label>
              CQR deadline on your ARRT dashboard (optional)
              <input type="date" value={deadline} onInput={(e) => setDeadline(e.currentTarget.value)} />
            </label>
          )}
          <button type="submit" data-testid="save-credential">
            Save credential
          </button>
        </form>
      ) : (
        <button type="button" data-testid="add-credential" onClick={() => setAdding(true)}>
          Add a credential
        </button>
      )}
      {status && <p role="status">{status}</p>}
    </section>
  );
}
