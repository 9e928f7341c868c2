import { useState } from 'preact/hooks';
import { CONFIDENCE_LABEL, currentOutline, isConfirmed } from '../../lib/outlines';
import {
  checkDate,
  creditInputBounds,
  entriesOf,
  entryKey,
  itemsFromEntries,
  parsePrescriptionText,
  Prescription,
  prescriptionChanges,
  splitEntryKey,
  type Credential,
  type PrescriptionEntries,
  type PrescriptionItem,
  type RulesInput,
} from '../../lib/rules';
import { formatCredits } from '../../lib/units/credits';
import { localToday } from '../../lib/units/dates';
import { showDate } from '../../lib/units/show';
import { mutate } from '../data/use-data';
import { EditConflict, useStoredEdit } from './EditConflict';

/** A prescription in words, as stored and as shown beside another version. */
const itemsText = (p: Pick<Prescription, 'items' | 'issuedOn'>) =>
  `${p.items.map((i) => `${i.subcategory} ${formatCredits(i.credits)}`).join(' · ')}${p.issuedOn ? ` (issued ${showDate(p.issuedOn)})` : ''}`;

/**
 * A credential's CQR prescription: pick subcategories from its outline and enter credits, or paste
 * the prescription's text and confirm what was read. Editing starts from what is stored, and a
 * change to a stored prescription is shown old → new before it is written.
 */
export function PrescriptionEditor({ credential, input }: { credential: Credential; input: RulesInput }) {
  const outline = currentOutline(credential.discipline, input.outlineOverrides);
  const existing = input.prescriptions.find((p) => p.credentialId === credential.id);
  // The version an edit started from (none for a new prescription); another tab may save first.
  const stored = useStoredEdit(existing);
  const [entries, setEntries] = useState<PrescriptionEntries>(() => entriesOf(existing?.items ?? []));
  const [issuedOn, setIssuedOn] = useState(existing?.issuedOn ?? '');
  const [paste, setPaste] = useState('');
  const [parsed, setParsed] = useState<ReturnType<typeof parsePrescriptionText> | null>(null);
  /** Items waiting for the user to confirm the changes shown. */
  const [pending, setPending] = useState<PrescriptionItem[] | null>(null);
  /** Items refused because another tab saved a prescription first: shown beside that one. */
  const [refused, setRefused] = useState<PrescriptionItem[] | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);

  if (!outline || outline.categories.length === 0) {
    return <p class="warn">We have no content outline for {credential.discipline}. Add its categories and subcategories under “Content outlines” first.</p>;
  }

  function startEditing(from = existing) {
    // From what is stored now, not from whatever this form held before (another save may have happened since).
    stored.start(from);
    setEntries(entriesOf(from?.items ?? []));
    setIssuedOn(from?.issuedOn ?? '');
    setParsed(null);
    setPending(null);
    setRefused(null);
    setStatus(null);
    setEditing(true);
  }

  /** A new prescription is written at once; a change to a stored one is shown first. */
  function propose(items: PrescriptionItem[]) {
    if (issuedOn) {
      const date = checkDate('issuedOn', issuedOn, localToday());
      if (!date.ok) return setStatus(date.message);
    }
    if (existing) {
      setStatus(null);
      return setPending(items);
    }
    void save(items);
  }

  async function save(items: PrescriptionItem[], over = stored.base) {
    const p = Prescription.safeParse({ id: over?.id ?? crypto.randomUUID(), credentialId: credential.id, issuedOn: issuedOn || null, items, updatedAt: over?.updatedAt });
    if (!p.success) return setStatus('This prescription could not be saved: check each subcategory’s credits.');
    try {
      await stored.save(() => mutate((s) => s.putPrescription(p.data)), over);
    } catch (err) {
      setPending(null);
      setRefused(items);
      setEditing(true);
      return setStatus(err instanceof Error ? err.message : String(err));
    }
    setRefused(null);
    setStatus(`Prescription saved: ${items.length} subcategor${items.length === 1 ? 'y' : 'ies'}, ${formatCredits(items.reduce((t, i) => t + i.credits, 0))} credits.`);
    setParsed(null);
    setPending(null);
    setEditing(false);
  }

  async function remove() {
    if (!existing || !confirm(`Remove the ${credential.discipline} prescription?`)) return;
    await mutate((s) => s.deletePrescription(existing.id));
    setEntries({});
    setEditing(false);
    setStatus('Prescription removed.');
  }

  // Subcategories stored but not in today's outline (an older outline, a correction) are kept and shown.
  const rows = outline.categories.flatMap((cat) => cat.subcategories.map((sub) => entryKey(cat.name, sub.name)));
  for (const key of Object.keys(entries)) if (!rows.includes(key)) rows.push(key);
  const changes = pending && existing ? prescriptionChanges(existing.items, pending) : [];

  return (
    <div>
      {!isConfirmed(outline) && <p class="warn">{CONFIDENCE_LABEL[outline.confidence]} (outline “{outline.version}”).</p>}
      {existing && !editing && (
        <p class="muted">
          Prescription: {itemsText(existing)}{' '}
          <button type="button" class="secondary" data-testid="edit-prescription" onClick={() => startEditing()}>
            Edit prescription
          </button>
        </p>
      )}
      {(!existing || editing) && (
        <details open={editing}>
          <summary>Enter the CQR prescription</summary>
          <label>
            Issued on (date of your self-assessment results)
            <input type="date" data-testid="prescription-issued" value={issuedOn} max={localToday()} onInput={(e) => (setIssuedOn(e.currentTarget.value), setEditing(true))} />
          </label>
          <table>
            <caption class="sr-only">Prescribed credits per subcategory</caption>
            <tbody>
              {rows.map((key) => {
                const { category, subcategory } = splitEntryKey(key);
                return (
                  <tr key={key}>
                    <td class="muted">{category}</td>
                    <td>
                      <label>
                        {subcategory}
                        <input
                          type="number"
                          {...creditInputBounds('prescribedCredits')}
                          inputMode="decimal"
                          value={entries[key] ?? ''}
                          data-testid="prescription-credits"
                          data-subcategory={subcategory}
                          onInput={(e) => (setEntries({ ...entries, [key]: e.currentTarget.value }), setEditing(true))}
                        />
                      </label>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div class="row">
            <button
              type="button"
              data-testid="save-prescription"
              onClick={() => {
                const items = itemsFromEntries(entries);
                if (items.ok) propose(items.value);
                else setStatus(items.message);
              }}
            >
              Save prescription
            </button>
            {existing && (
              <>
                <button type="button" class="secondary" onClick={() => setEditing(false)}>
                  Cancel
                </button>
                <button type="button" class="danger" data-testid="remove-prescription" onClick={() => void remove()}>
                  Remove prescription
                </button>
              </>
            )}
          </div>
          <p>Or paste it from the ARRT CQR tool, one subcategory per line:</p>
          <label>
            Prescription text
            <textarea data-testid="prescription-paste" rows={5} cols={60} value={paste} onInput={(e) => setPaste(e.currentTarget.value)} />
          </label>
          <div class="row">
            <button type="button" class="secondary" data-testid="parse-prescription" onClick={() => setParsed(parsePrescriptionText(paste, outline))}>
              Read the text
            </button>
          </div>
          {parsed && (
            <div class="card" role="region" aria-label="Prescription read from the text">
              {parsed.items.length === 0 ? (
                <p class="warn">No subcategory of the {credential.discipline} outline was found in the text.</p>
              ) : (
                <ul data-testid="parsed-prescription">
                  {parsed.items.map((i) => (
                    <li key={i.subcategory}>
                      {i.category} · {i.subcategory}: {formatCredits(i.credits)}
                    </li>
                  ))}
                </ul>
              )}
              {parsed.unrecognized.length > 0 && <p class="warn">Not understood: {parsed.unrecognized.join(' | ')}</p>}
              {parsed.duplicates.length > 0 && <p class="warn">Named twice, not added up (the first figure was kept — check it): {parsed.duplicates.join(' | ')}</p>}
              <button type="button" data-testid="confirm-prescription" disabled={parsed.items.length === 0} onClick={() => propose(parsed.items)}>
                This is right — save it
              </button>
            </div>
          )}
          {stored.conflict && refused && (
            <EditConflict
              theirs={itemsText(stored.conflict)}
              mine={itemsText({ items: refused, issuedOn: issuedOn || null })}
              onSaveMine={() => void save(refused, stored.conflict!)}
              onEditTheirs={() => startEditing(stored.conflict!)}
            />
          )}
          {pending && (
            <div class="card" role="region" aria-label="Changes to the prescription" data-testid="prescription-changes">
              {changes.length === 0 ? (
                <p>No credits change.</p>
              ) : (
                <ul>
                  {changes.map((c) => (
                    <li key={entryKey(c.category, c.subcategory)}>
                      {c.subcategory}: {c.before === null ? 'not prescribed' : formatCredits(c.before)} → <strong>{c.after === null ? 'removed' : formatCredits(c.after)}</strong>
                    </li>
                  ))}
                </ul>
              )}
              <p class="muted">Unchanged: {pending.length - changes.filter((c) => c.after !== null).length} subcategories.</p>
              <div class="row">
                <button type="button" data-testid="confirm-changes" onClick={() => void save(pending)}>
                  Save these changes
                </button>
                <button type="button" class="secondary" onClick={() => setPending(null)}>
                  Keep editing
                </button>
              </div>
            </div>
          )}
        </details>
      )}
      {status && (
        <p role="status" data-testid="prescription-status">
          {status}
        </p>
      )}
    </div>
  );
}
