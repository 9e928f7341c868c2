import { openStore, type Store } from '../../lib/store';
import type { RulesInput } from '../../lib/rules';

let databases = 0;

/** A fresh store (fake-indexeddb in Node) holding a scenario: profile, credentials, prescriptions, courses. */
export async function seededStore(data: RulesInput): Promise<Store> {
  const store = await openStore(`bench-${process.pid}-${databases++}`);
  await store.saveProfile(data.profile);
  for (const c of data.credentials) await store.putCredential(c);
  for (const p of data.prescriptions) await store.putPrescription(p);
  // One transaction for the bulk: benchmarks measure reads and backups, not 10,000 single writes.
  const tx = store.db.transaction('courses', 'readwrite');
  await Promise.all([...data.courses.map((c) => tx.store.put(c)), tx.done]);
  return store;
}

/** An empty store to import into. */
export function emptyStore(): Promise<Store> {
  return openStore(`bench-${process.pid}-${databases++}`);
}
