import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../lib/store/migrations';
import { openStore } from '../../../lib/store';
import example from './examples/v1.json';

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
    // Same activity twice in v1: both kept, distinct fingerprints under the new unique index.
    expect(byId.k3!.fingerprint).toBe('title:|contrast basics#k3');
    const quarantined = await s.listQuarantine();
    expect(quarantined).toMatchObject([{ store: 'courses', record: { id: 'k4' }, reason: expect.stringMatching(/title/) }]);
    expect(input.courses.length + quarantined.length).toBe(example.courses.length);
    expect(await s.listCertificateMeta()).toMatchObject([{ id: 'cert1', courseId: 'k1' }]);
    s.close();
  });

  it('a fresh install creates the current schema directly', async () => {
    const s = await openStore(`fresh-${crypto.randomUUID()}`);
    expect([...s.db.objectStoreNames].sort()).toEqual(['certificates', 'courses', 'credentials', 'meta', 'outlineOverrides', 'prescriptions', 'profile', 'quarantine']);
    s.close();
  });
});
