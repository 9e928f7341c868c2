import { useState } from 'preact/hooks';
import type { ColumnMapping, CsvTable, ImportField, ImportRow } from '../../lib/import/csv';
import type { Course } from '../../lib/rules';
import { mutate } from '../data/use-data';

/** papaparse and the import rules load when a file is picked, not with the page. */
const csvModule = () => import('../../lib/import/csv');
/** A CE history of 10,000 rows is well under this; a bigger file is something else. */
const MAX_BYTES = 10 * 1024 * 1024;
const SHOWN = 8;

/**
 * An earlier CE history from a spreadsheet or a sponsor's transcript: pick the file (or paste the
 * rows), check the columns, see what will be added, what is a duplicate and what is refused and
 * why, then import everything in one go. Nothing is saved before "Import".
 */
export function ImportHistory({ courses, today }: { courses: readonly Course[]; today: string }) {
  const [table, setTable] = useState<CsvTable | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [rows, setRows] = useState<ImportRow[]>([]);
  const [labels, setLabels] = useState<Record<ImportField, string> | null>(null);
  const [pasted, setPasted] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  async function read(text: string) {
    setMessage(null);
    setTable(null);
    const csv = await csvModule();
    try {
      const t = csv.parseCsv(text);
      const m = csv.guessMapping(t.header);
      setLabels(csv.FIELD_LABELS);
      setTable(t);
      setMapping(m);
      setRows(csv.previewImport(t, m, csv.savedCourses(courses), today));
    } catch (e) {
      setMessage({ text: e instanceof Error ? e.message : String(e), error: true });
    }
  }

  async function pick(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_BYTES) return setMessage({ text: `This file is ${(file.size / 1048576).toFixed(1)} MB; a CE history fits in far less. Check that it is the right file. Nothing was imported.`, error: true });
    await read(await file.text());
  }

  async function remap(field: ImportField, column: number | null) {
    if (!table || !mapping) return;
    const m = { ...mapping, [field]: column };
    const csv = await csvModule();
    setMapping(m);
    setRows(csv.previewImport(table, m, csv.savedCourses(courses), today));
  }

  async function run() {
    const adding = rows.flatMap((r) => (r.course ? [r.course] : []));
    try {
      await mutate((s) => s.importCourses(adding));
      const other = rows.length - adding.length;
      setMessage({ text: `Imported ${adding.length} course${adding.length === 1 ? '' : 's'}.${other ? ` ${other} row${other === 1 ? ' was' : 's were'} not imported: ${count('duplicate')} duplicate, ${count('refused')} refused.` : ''}`, error: false });
      setTable(null);
      setRows([]);
    } catch (e) {
      setMessage({ text: `Nothing was imported: ${e instanceof Error ? e.message : String(e)}`, error: true });
    }
  }

  const count = (kind: ImportRow['kind']) => rows.filter((r) => r.kind === kind).length;
  const notAdded = rows.filter((r) => r.kind !== 'add');

  return (
    <details data-testid="import-history">
      <summary>Import an earlier CE history (CSV or spreadsheet rows)</summary>
      <div class="row">
        <label>
          CSV file
          <input type="file" accept=".csv,.tsv,.txt,text/csv,text/plain" data-testid="import-csv" onChange={(e) => void pick(e.currentTarget.files?.[0])} />
        </label>
        <label style={{ flex: '1 1 20rem' }}>
          Or paste rows from a spreadsheet (with the header row)
          <textarea rows={3} value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} />
        </label>
        <button type="button" class="secondary" disabled={!pasted.trim()} onClick={() => void read(pasted)}>
          Read the pasted rows
        </button>
      </div>
      {table && mapping && labels && (
        <div data-testid="import-preview">
          <h3>Columns</h3>
          <div class="row">
            {(Object.keys(labels) as ImportField[]).map((f) => (
              <label key={f}>
                {labels[f]}
                <select data-testid={`map-${f}`} value={mapping[f] ?? ''} onChange={(e) => void remap(f, e.currentTarget.value === '' ? null : Number(e.currentTarget.value))}>
                  <option value="">(not in the file)</option>
                  {table.header.map((h, i) => (
                    <option key={i} value={i}>
                      {h || `Column ${i + 1}`}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          <h3>First rows</h3>
          <div style={{ overflowX: 'auto' }}>
            <table>
              <thead>
                <tr>
                  <th>Line</th>
                  {table.header.map((h, i) => (
                    <th key={i}>{h}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.slice(0, 5).map((r, i) => (
                  <tr key={i}>
                    <td>{i + 2}</td>
                    {table.header.map((_, j) => (
                      <td key={j}>{r[j] ?? ''}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p role="status" data-testid="import-summary">
            {count('add')} to add, {count('duplicate')} duplicate{count('duplicate') === 1 ? '' : 's'} of saved courses or earlier rows, {count('refused')} refused.
          </p>
          {notAdded.length > 0 && (
            <ul data-testid="import-not-added">
              {notAdded.slice(0, 50).map((r) => (
                <li key={r.line}>
                  Line {r.line} ({r.kind}): {r.title || 'no title'} — {r.reason}
                </li>
              ))}
              {notAdded.length > 50 && <li>… and {notAdded.length - 50} more.</li>}
            </ul>
          )}
          {count('add') > 0 && (
            <p class="muted">
              Adding: {rows.filter((r) => r.kind === 'add').slice(0, SHOWN).map((r) => r.title).join(' · ')}
              {count('add') > SHOWN ? ` … and ${count('add') - SHOWN} more` : ''}
            </p>
          )}
          <div class="row">
            <button type="button" data-testid="run-import" disabled={count('add') === 0} onClick={() => void run()}>
              Import {count('add')} course{count('add') === 1 ? '' : 's'}
            </button>
            <button type="button" class="secondary" onClick={() => (setTable(null), setRows([]))}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {message && (
        <p role="status" data-testid="import-csv-result" class={message.error ? 'error' : 'done'}>
          {message.text}
        </p>
      )}
    </details>
  );
}
