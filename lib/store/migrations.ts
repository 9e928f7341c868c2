import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { Course } from '../rules';
import { toHundredths } from '../units/credits';
import { localToday } from '../units/dates';
import { courseFingerprint } from './fingerprint';
import type { CeDB } from './schema';

type UpgradeTx = IDBPTransaction<CeDB, StoreNames<CeDB>[], 'versionchange'>;
// Version-1 stores are typed loosely: their records predate today's schema.
type AnyDB = IDBPDatabase<unknown>;

/** v0 → v1: the first schema as shipped (courses keyed by id, credits as decimals, no fingerprints). */
function toV1(db: AnyDB): void {
  db.createObjectStore('profile');
  db.createObjectStore('credentials', { keyPath: 'id' });
  db.createObjectStore('prescriptions', { keyPath: 'id' }).createIndex('credentialId', 'credentialId');
  db.createObjectStore('courses', { keyPath: 'id' });
  db.createObjectStore('certificates', { keyPath: 'id' });
  db.createObjectStore('meta');
}

/**
 * v1 → v2: credits become integer hundredths, each course gets its fingerprint (so two tabs saving
 * one course meet on a unique index), and user outline corrections get their own store.
 * A record that is still invalid afterwards goes to `quarantine` rather than being dropped.
 */
async function toV2(db: AnyDB, tx: UpgradeTx): Promise<void> {
  const courses = tx.objectStore('courses');
  db.createObjectStore('outlineOverrides', { keyPath: 'key' });
  db.createObjectStore('quarantine', { autoIncrement: true });
  tx.objectStore('certificates').createIndex('courseId', 'courseId');
  courses.createIndex('status', 'status');
  const seen = new Set<string>();
  for (let cursor = await courses.openCursor(); cursor; cursor = await cursor.continue()) {
    const old = cursor.value as unknown as Record<string, unknown>;
    const credits = typeof old.credits === 'number' ? toHundredths(old.credits) : old.credits;
    const upgraded = { updatedAt: 0, ...old, credits };
    const title = String(old.title ?? '');
    let fingerprint = courseFingerprint({ title, sponsor: (old.sponsor as string | null) ?? null, approvalNumber: (old.approvalNumber as string | null) ?? null });
    // Two v1 records of one activity stay two records; the second gets a distinct fingerprint.
    if (seen.has(fingerprint)) fingerprint = `${fingerprint}#${String(old.id)}`;
    seen.add(fingerprint);
    const parsed = Course.safeParse({ ...upgraded, fingerprint });
    if (parsed.success) await cursor.update(parsed.data);
    else {
      await tx.objectStore('quarantine').add({ store: 'courses', record: old, reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
      await cursor.delete();
    }
  }
  courses.createIndex('fingerprint', 'fingerprint', { unique: true });
}

/**
 * v2 → v3: one record per completion. The fingerprint index stops being unique, and the v1 repeats
 * that v2 had to tell apart (`fingerprint#id`) get their activity's fingerprint back, so the rules
 * see them as the same activity. Every record is kept. Credentials get `cqrCompletedOn` (none
 * recorded yet). The profile gets `trackingSince`: the day of
 * the earliest record written, else today (it anchors an estimated biennium; see lib/rules/biennium.ts).
 */
async function toV3(tx: UpgradeTx): Promise<void> {
  const courses = tx.objectStore('courses');
  courses.deleteIndex('fingerprint');
  let earliest = Infinity;
  for (let cursor = await courses.openCursor(); cursor; cursor = await cursor.continue()) {
    const c = cursor.value;
    if (c.updatedAt > 0) earliest = Math.min(earliest, c.updatedAt);
    const suffix = `#${c.id}`;
    if (c.fingerprint.endsWith(suffix)) await cursor.update({ ...c, fingerprint: c.fingerprint.slice(0, -suffix.length) });
  }
  courses.createIndex('fingerprint', 'fingerprint');
  const credentials = tx.objectStore('credentials');
  for (let cursor = await credentials.openCursor(); cursor; cursor = await cursor.continue()) {
    if (cursor.value.cqrCompletedOn === undefined) await cursor.update({ ...cursor.value, cqrCompletedOn: null });
  }
  const profiles = tx.objectStore('profile');
  const profile = (await profiles.get('profile')) as Record<string, unknown> | undefined;
  if (profile && !profile.trackingSince) {
    const since = localToday(Number.isFinite(earliest) ? new Date(earliest) : new Date());
    await profiles.put({ ...profile, trackingSince: since } as never, 'profile');
  }
}

/** Runs every step from the stored version up to `newVersion`, inside the one upgrade transaction. */
export async function migrate(db: IDBPDatabase<CeDB>, oldVersion: number, newVersion: number, tx: UpgradeTx): Promise<void> {
  const any = db as unknown as AnyDB;
  if (oldVersion < 1 && newVersion >= 1) toV1(any);
  if (oldVersion < 2 && newVersion >= 2) await toV2(any, tx);
  if (oldVersion < 3 && newVersion >= 3) await toV3(tx);
}
