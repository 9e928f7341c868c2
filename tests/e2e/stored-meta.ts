/**
 * Reads one key of the extension's `meta` store (e.g. the reminders shown) straight from its
 * IndexedDB. Runs inside an extension page or worker: pass it to `evaluate` (Playwright or
 * puppeteer), which sends its source over, so it uses nothing from outside its own body.
 */
export async function storedMeta(key: string): Promise<unknown> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const r = indexedDB.open('ce-companion');
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  try {
    return await new Promise<unknown>((resolve, reject) => {
      const r = db.transaction('meta').objectStore('meta').get(key);
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  } finally {
    db.close();
  }
}
