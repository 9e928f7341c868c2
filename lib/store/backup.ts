import { z } from 'zod';
import { Outline, outlineKey } from '../outlines';
import { Course, Credential, Prescription, Profile } from '../rules';
import { base64ToBytes, bytesToBase64 } from './base64';
import { CertificateMeta } from './certificate';
import { BackupError, toStoreError } from './errors';
import { notifyDataChanged } from './notify';
import { DATA_STORES } from './schema';
import type { Store } from './store';

export const BACKUP_FORMAT = 'ce-companion-backup';
export const BACKUP_VERSION = 1;
/** 10,000 courses and a few hundred certificates fit easily; anything larger is not ours. */
export const MAX_BACKUP_CHARS = 400 * 1024 * 1024;

const Backup = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string().max(40),
  profile: Profile,
  credentials: z.array(Credential).max(50),
  prescriptions: z.array(Prescription).max(200),
  outlineOverrides: z.array(Outline).max(100),
  courses: z.array(Course).max(100_000),
  certificates: z.array(CertificateMeta.extend({ base64: z.string() })).max(20_000),
});
type Backup = z.infer<typeof Backup>;

export interface ImportSummary {
  credentials: number;
  prescriptions: number;
  courses: number;
  certificates: number;
}

export async function exportBackup(store: Store): Promise<string> {
  const input = await store.loadRulesInput();
  const certificates = [];
  for (const meta of await store.listCertificateMeta()) {
    const cert = await store.getCertificate(meta.id);
    if (cert) certificates.push({ ...meta, base64: bytesToBase64(new Uint8Array(await cert.blob.arrayBuffer())) });
  }
  const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date().toISOString(), ...input, certificates };
  return JSON.stringify(backup);
}

const tooLarge = (size: number) => `The file is too large: ${Math.round(size / 1048576)} MB; a CE Companion backup is at most 400 MB.`;

/**
 * Refuses a backup file by its size, before it is read: a 1 GiB file cannot even be held as one
 * string, and reading it failed as "not a complete JSON backup".
 */
export function checkBackupSize(bytes: number): void {
  if (bytes > MAX_BACKUP_CHARS) throw new BackupError([tooLarge(bytes)]);
}

/** Every problem of a backup, as "where: what" lines. Empty when it can be restored. */
function check(text: string): { backup?: Backup; issues: string[] } {
  if (text.length > MAX_BACKUP_CHARS) return { issues: [tooLarge(text.length)] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { issues: ['The file is not a complete JSON backup (it may be truncated or not a CE Companion backup).'] };
  }
  const parsed = Backup.safeParse(json);
  if (!parsed.success) return { issues: parsed.error.issues.slice(0, 50).map((i) => `${i.path.join('.') || 'file'}: ${i.message}`) };
  const b = parsed.data;
  const issues: string[] = [];
  const unique = (name: string, ids: string[]) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => (seen.has(id) ? issues.push(`${name}[${i}].id: duplicate id ${JSON.stringify(id)}`) : seen.add(id)));
  };
  unique('credentials', b.credentials.map((c) => c.id));
  unique('prescriptions', b.prescriptions.map((p) => p.id));
  unique('courses', b.courses.map((c) => c.id));
  unique('certificates', b.certificates.map((c) => c.id));
  const credentialIds = new Set(b.credentials.map((c) => c.id));
  b.prescriptions.forEach((p, i) => credentialIds.has(p.credentialId) || issues.push(`prescriptions[${i}].credentialId: no credential ${JSON.stringify(p.credentialId)}`));
  const certificateIds = new Set(b.certificates.map((c) => c.id));
  b.courses.forEach((c, i) => c.certificateId === null || certificateIds.has(c.certificateId) || issues.push(`courses[${i}].certificateId: no certificate ${JSON.stringify(c.certificateId)}`));
  const courseIds = new Set(b.courses.map((c) => c.id));
  b.certificates.forEach((c, i) => {
    if (!courseIds.has(c.courseId)) issues.push(`certificates[${i}].courseId: no course ${JSON.stringify(c.courseId)}`);
    try {
      if (base64ToBytes(c.base64).length !== c.size) issues.push(`certificates[${i}]: the file is damaged (size does not match)`);
    } catch {
      issues.push(`certificates[${i}].base64: the file is damaged (not base64)`);
    }
  });
  return issues.length ? { issues } : { backup: b, issues };
}

/**
 * Restores a backup: checked completely first, then everything replaced in ONE transaction.
 * A bad file throws BackupError listing what is wrong, and the data stays exactly as it was.
 */
export async function importBackup(store: Store, text: string): Promise<ImportSummary> {
  const { backup, issues } = check(text);
  if (!backup) throw new BackupError(issues);
  try {
    const tx = store.db.transaction([...DATA_STORES], 'readwrite');
    await Promise.all(DATA_STORES.filter((s) => s !== 'meta').map((s) => tx.objectStore(s).clear()));
    // Requests are queued without awaiting each one (10,000 courses), then settled together.
    const writes: Promise<unknown>[] = [
      tx.objectStore('profile').put(backup.profile, 'profile'),
      ...backup.credentials.map((c) => tx.objectStore('credentials').put(c)),
      ...backup.prescriptions.map((p) => tx.objectStore('prescriptions').put(p)),
      ...backup.outlineOverrides.map((o) => tx.objectStore('outlineOverrides').put({ ...o, key: outlineKey(o) })),
      ...backup.courses.map((c) => tx.objectStore('courses').put(c)),
      ...backup.certificates.map(({ base64, ...meta }) =>
        tx.objectStore('certificates').put({ ...meta, blob: new Blob([base64ToBytes(base64) as BlobPart], { type: meta.type }) }),
      ),
    ];
    await Promise.all([...writes, tx.done]);
  } catch (e) {
    throw toStoreError(e);
  }
  notifyDataChanged();
  return { credentials: backup.credentials.length, prescriptions: backup.prescriptions.length, courses: backup.courses.length, certificates: backup.certificates.length };
}
