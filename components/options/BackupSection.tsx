import { useState } from 'preact/hooks';
import { BackupError, checkBackupSize, completedCoursesCsv, exportBackup, importBackup, type Store } from '../../lib/store';
import { mutate } from '../data/use-data';
import type { RulesInput } from '../../lib/rules';
import { download } from './download';

/** Backup (everything, certificates included) and restore; CSV for spreadsheets; the audit report. */
export function BackupSection({ store, input, onAudit }: { store: Store; input: RulesInput; onAudit: () => void }) {
  const [result, setResult] = useState<{ text: string; error: boolean } | null>(null);
  const stamp = new Date().toISOString().slice(0, 10);

  async function restore(file: File | undefined) {
    if (!file) return;
    // Only ask when something would be replaced: restoring into an empty profile loses nothing.
    const holdsData = input.courses.length > 0 || input.credentials.length > 0 || input.profile.birthMonth !== null;
    if (holdsData && !confirm('Restoring replaces everything CE Companion holds now with the backup. Continue?')) return;
    try {
      checkBackupSize(file.size);
      const summary = await mutate(async (s) => importBackup(s, await file.text()));
      setResult({ text: `Restored ${summary.courses} courses, ${summary.credentials} credentials, ${summary.prescriptions} prescriptions and ${summary.certificates} certificates.`, error: false });
    } catch (e) {
      const text = e instanceof BackupError ? `Not restored — nothing was changed. ${e.issues.slice(0, 8).join(' · ')}` : e instanceof Error ? e.message : String(e);
      setResult({ text, error: true });
    }
  }

  return (
    <section class="card" id="backup" aria-labelledby="backup-h">
      <h2 id="backup-h">Backup and export</h2>
      <p class="muted">Your data lives only in this browser. Keep a backup file somewhere safe; ARRT audits ask for certificates.</p>
      <div class="row">
        <button type="button" data-testid="export-backup" onClick={async () => download(`ce-companion-backup-${stamp}.json`, await exportBackup(store), 'application/json')}>
          Download backup
        </button>
        <label>
          Restore a backup
          <input type="file" accept="application/json,.json" data-testid="import-backup" onChange={(e) => void restore(e.currentTarget.files?.[0])} />
        </label>
        <button type="button" class="secondary" data-testid="export-csv" onClick={() => download(`completed-ce-${stamp}.csv`, completedCoursesCsv(input.courses), 'text/csv')}>
          Completed CE as CSV
        </button>
        <button type="button" class="secondary" data-testid="audit-report" onClick={onAudit}>
          Audit report
        </button>
      </div>
      {result && (
        <p role="status" data-testid="import-result" class={result.error ? 'error' : 'done'}>
          {result.text}
        </p>
      )}
    </section>
  );
}
