import { useState } from 'preact/hooks';
import { CONFIDENCE_LABEL, currentOutline, isConfirmed, Outline, outlineStatus, type DisciplineId } from '../../lib/outlines';
import type { RulesInput } from '../../lib/rules';
import { mutate } from '../data/use-data';
import { DisciplineSelect } from '../ui/DisciplineSelect';
import { EditConflict, useStoredEdit } from './EditConflict';

/** "Category: Sub one; Sub two" per line ↔ outline categories. */
function toText(outline: Outline | undefined): string {
  return (outline?.categories ?? []).map((c) => `${c.name}: ${c.subcategories.map((s) => s.name).join('; ')}`).join('\n');
}

function fromText(text: string): Outline['categories'] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [name, subs = ''] = line.split(/:(.*)/s);
      return { name: name!.trim(), subcategories: subs.split(';').map((s) => s.trim()).filter(Boolean).map((s) => ({ name: s })) };
    });
}

/**
 * Content outlines we could not confirm with ARRT, shown with how sure we are, for the user to
 * correct from their own ARRT documents. The correction is stored and wins over the shipped data.
 */
export function OutlineEditor({ input }: { input: RulesInput }) {
  const held = [...new Set(input.credentials.map((c) => c.discipline))];
  const [discipline, setDiscipline] = useState<DisciplineId>(held.find((d) => outlineStatus(currentOutline(d, input.outlineOverrides)) !== 'confirmed') ?? held[0] ?? 'R');
  const outline = currentOutline(discipline, input.outlineOverrides);
  // The outline the text was taken from: a correction saved in another tab meanwhile is not overwritten unasked.
  const stored = useStoredEdit(outline);
  const [text, setText] = useState(toText(outline));
  const [message, setMessage] = useState<string | null>(null);

  function editSaved(from: Outline | undefined) {
    stored.start(from);
    setText(toText(from));
  }

  async function save(over = stored.base) {
    const parsed = Outline.safeParse({ ...(over ?? { discipline, name: discipline, version: 'user', effective: null, sources: [], provenance: '' }), confidence: 'user', categories: fromText(text), provenance: 'Entered by the user from their ARRT documents.' });
    if (!parsed.success) return setMessage('Each line needs a category name, a colon, and subcategories separated by semicolons.');
    try {
      stored.start(await stored.save(() => mutate((s) => s.putOutlineOverride(parsed.data)), over));
    } catch (err) {
      return setMessage(err instanceof Error ? err.message : String(err));
    }
    setMessage('Outline saved; it is used instead of the shipped one.');
  }

  return (
    <section class="card" id="outlines" aria-labelledby="outlines-h">
      <h2 id="outlines-h">Content outlines</h2>
      <DisciplineSelect
        value={discipline}
        onChange={(d) => {
          setDiscipline(d);
          editSaved(currentOutline(d, input.outlineOverrides));
        }}
      />
      {outline && (
        <p class={isConfirmed(outline) ? 'muted' : 'warn'} data-testid="outline-confidence">
          {CONFIDENCE_LABEL[outline.confidence]}. {outline.provenance}
          {outline.sources.length > 0 && <span class="muted"> Sources: {outline.sources.join('; ')}</span>}
        </p>
      )}
      <label>
        Categories and subcategories (one category per line: “Category: Subcategory; Subcategory”)
        <textarea rows={6} cols={70} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      {stored.conflict && (
        <EditConflict
          theirs={toText(stored.conflict).replace(/\n/g, ' / ')}
          mine={text.trim().replace(/\s*\n\s*/g, ' / ')}
          onSaveMine={() => void save(stored.conflict!)}
          onEditTheirs={() => editSaved(stored.conflict!)}
        />
      )}
      <div class="row">
        <button type="button" onClick={() => void save()}>
          Save my correction
        </button>
        {outline?.confidence === 'user' && (
          <button type="button" class="secondary" onClick={() => void mutate((s) => s.deleteOutlineOverride(outline)).then(() => setMessage('Back to the shipped outline.'))}>
            Use the shipped outline
          </button>
        )}
      </div>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
