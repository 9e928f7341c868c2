import { useState } from 'preact/hooks';
import { CONFIDENCE_LABEL, currentOutline, isConfirmed } from '../../lib/outlines';
import { parsePrescriptionText, Prescription, type Credential, type PrescriptionItem, type RulesInput } from '../../lib/rules';
import { CREDIT_LIMITS, formatCredits, toHundredths } from '../../lib/units/credits';
import { mutate } from '../data/use-data';

/**
 * A credential's CQR prescription: pick subcategories from its outline and enter credits, or paste
 * the prescription's text and confirm what was read. Nothing is saved without the user's confirmation.
 */
export function PrescriptionEditor({ credential, input }: { credential: Credential; input: RulesInput }) {
  const outline = currentOutline(credential.discipline, input.outlineOverrides);
  const existing = input.prescriptions.find((p) => p.credentialId === credential.id);
  const [credits, setCredits] = useState<Record<string, string>>(() =>
    Object.fromEntries((existing?.items ?? []).map((i) => [`${i.category}\u0000${i.subcategory}`, formatCredits(i.credits)])),
  );
  const [issuedOn, setIssuedOn] = useState(existing?.issuedOn ?? '');
  const [paste, setPaste] = useState('');
  const [parsed, setParsed] = useState<ReturnType<typeof parsePrescriptionText> | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);

  if (!outline || outline.categories.length === 0) {
    return <p class="warn">We have no content outline for {credential.discipline}. Add its categories and subcategories under “Content outlines” first.</p>;
  }

  async function save(items: PrescriptionItem[]) {
    const p = Prescription.safeParse({ id: existing?.id ?? crypto.randomUUID(), credentialId: credential.id, issuedOn: issuedOn || null, items });
    if (!p.success) return setStatus('Check the credits: each must be more than 0, in steps like 0.25.');
    await mutate((s) => s.putPrescription(p.data));
    setStatus(`Prescription saved: ${items.length} subcategories, ${formatCredits(items.reduce((t, i) => t + i.credits, 0))} credits.`);
    setParsed(null);
    setEditing(false);
  }

  function fromInputs(): PrescriptionItem[] | null {
    const items: PrescriptionItem[] = [];
    for (const [key, value] of Object.entries(credits)) {
      if (!value.trim()) continue;
      const n = Number(value);
      if (!Number.isFinite(n) || n <= 0 || toHundredths(n) > CREDIT_LIMITS.prescriptionItem) return null;
      const [category, subcategory] = key.split('\u0000') as [string, string];
      items.push({ category, subcategory, credits: toHundredths(n) });
    }
    return items;
  }

  return (
    <div>
      {!isConfirmed(outline) && <p class="warn">{CONFIDENCE_LABEL[outline.confidence]} (outline “{outline.version}”).</p>}
      {existing && !editing && (
        <p class="muted">
          Prescription: {existing.items.map((i) => `${i.subcategory} ${formatCredits(i.credits)}`).join(' · ')}{' '}
          <button type="button" class="secondary" onClick={() => setEditing(true)}>
            Edit prescription
          </button>
        </p>
      )}
      {(!existing || editing) && (
        <details open={editing}>
          <summary>Enter the CQR prescription</summary>
          <label>
            Issued on (date of your self-assessment results)
            <input type="date" value={issuedOn} onInput={(e) => setIssuedOn(e.currentTarget.value)} />
          </label>
          <table>
            <caption class="sr-only">Prescribed credits per subcategory</caption>
            <tbody>
              {outline.categories.map((cat) =>
                cat.subcategories.map((sub) => {
                  const key = `${cat.name}\u0000${sub.name}`;
                  return (
                    <tr key={key}>
                      <td class="muted">{cat.name}</td>
                      <td>
                        <label>
                          {sub.name}
                          <input type="number" min={0} max={100} step={0.25} inputMode="decimal" value={credits[key] ?? ''} data-testid="prescription-credits" data-subcategory={sub.name} onInput={(e) => setCredits({ ...credits, [key]: e.currentTarget.value })} />
                        </label>
                      </td>
                    </tr>
                  );
                }),
              )}
            </tbody>
          </table>
          <button
            type="button"
            data-testid="save-prescription"
            onClick={() => {
              const items = fromInputs();
              if (items) void save(items);
              else setStatus('Credits must be numbers above 0 (e.g. 1.5).');
            }}
          >
            Save prescription
          </button>
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
              <button type="button" data-testid="confirm-prescription" disabled={parsed.items.length === 0} onClick={() => void save(parsed.items)}>
                This is right — save it
              </button>
            </div>
          )}
        </details>
      )}
      {status && <p role="status">{status}</p>}
    </div>
  );
}
