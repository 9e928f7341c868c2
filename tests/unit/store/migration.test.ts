import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../lib/store/migrations';
import { openStore } from '../../../lib/store';
import { localToday } from '../../../lib/units/dates';
import example from './examples/v1.json';
import exampleV2 from './examples/v2.json';

/** Builds a database exactly as version 1 left it, with the saved example records. */
async function v1Database(name: string): Promise<void> {
  const db = await openDB(name, 1, { upgrade: (d, old, next, tx) => void migrate(d as never, old, next ?? 1, tx as never) });
  const tx = db.transaction(['profile', 'credentials', 'prescriptions', 'courses', 'certificates'], 'readwrite');
  await tx.objectStore('profile').put(example.profile, 'profile');
  for (const c of example.credentials) await tx.objectStore('credentials').put(c);
  for (const p of example.prescriptions) await tx.objectStore('prescriptions').put(p);
  for (const c of example.courses) await tx.objectStore('courses').put(c);
  for (const { bytes, ...c } of example.certificates) await tx.objectStore('certificates').put({ ...c, blob: new Blob([new Uint8Array(bytes)]) });
  await tx.done;
  db.close();
}

describe('schema migrations', () => {
  it('v1 → v2 keeps every record: credits in hundredths, fingerprints, invalid ones quarantined not dropped', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    await v1Database(name);
    const s = await openStore(name);
    const input = await s.loadRulesInput();
    expect(input.profile.birthMonth).toBe(7);
    expect(input.credentials.map((c) => c.id).sort()).toEqual(['cred-ct', 'cred-r']);
    expect(input.prescriptions).toHaveLength(1);
    const byId = Object.fromEntries(input.courses.map((c) => [c.id, c]));
    expect(byId.k1).toMatchObject({ credits: 150, fingerprint: 'approval:abc12345678', status: 'completed' });
    expect(byId.k2).toMatchObject({ credits: 25, fingerprint: 'title:|contrast basics' });
    // Same activity twice in v1: both kept; since v3 both carry the activity's fingerprint.
    expect(byId.k3!.fingerprint).toBe('title:|contrast basics');
    const quarantined = await s.listQuarantine();
    expect(quarantined).toMatchObject([{ store: 'courses', record: { id: 'k4' }, reason: expect.stringMatching(/title/) }]);
    expect(input.courses.length + quarantined.length).toBe(example.courses.length);
    expect(await s.listCertificateMeta()).toMatchObject([{ id: 'cert1', courseId: 'k1' }]);
    s.close();
  });

  it('v2 → v3 keeps every completion, gives repeats their fingerprint back, anchors trackingSince', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    const db = await openDB(name, 2, { upgrade: (d, old, next, tx) => void migrate(d as never, old, next ?? 2, tx as never) });
    const tx = db.transaction(['profile', 'credentials', 'courses'], 'readwrite');
    await tx.objectStore('profile').put(exampleV2.profile, 'profile');
    for (const c of exampleV2.credentials) await tx.objectStore('credentials').put(c);
    for (const c of exampleV2.courses) await tx.objectStore('courses').put(c);
    await tx.done;
    db.close();
    const s = await openStore(name);
    const input = await s.loadRulesInput();
    expect(input.courses.map((c) => [c.id, c.fingerprint]).sort()).toEqual([
      ['k1', 'approval:abc12345678'],
      ['k2', 'title:|contrast basics'],
      ['k3', 'title:|contrast basics'],
    ]);
    expect(input.profile.trackingSince).toBe(localToday(new Date(1700000000000)));
    expect(input.credentials[0]).toMatchObject({ cqrCompletedOn: null });
    // A retake saved now is a record of its own.
    await s.upsertCourseByFingerprint({ title: 'Dose in CT', sponsor: 'Example CE', approvalNumber: 'ABC12345678', status: 'completed', credits: 150, completedOn: '2026-06-01' });
    expect((await s.listCourses()).filter((c) => c.fingerprint === 'approval:abc12345678').map((c) => c.completedOn).sort()).toEqual(['2023-02-01', '2026-06-01']);
    s.close();
  });

  it('a fresh install creates the current schema directly', async () => {
    const s = await openStore(`fresh-${crypto.randomUUID()}`);
    expect([...s.db.objectStoreNames].sort()).toEqual(['certificates', 'courses', 'credentials', 'meta', 'outlineOverrides', 'prescriptions', 'profile', 'quarantine']);
    s.close();
  });
});
