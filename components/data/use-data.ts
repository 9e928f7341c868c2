import { useEffect, useState } from 'preact/hooks';
import { send } from '../../lib/messages';
import type { Store } from '../../lib/store';
import { getStore, watchData, type Data } from './watch-data';

export { getStore, type Data };

/** The options page's view of the user's data, kept current with every write anywhere. */
export function useData(): { data: Data | null; error: string | null } {
  const [data, setData] = useState<Data | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => watchData(setData, setError), []);
  return { data, error };
}

/**
 * Runs a write and then wakes the worker so the toolbar badge and reminders follow. The store's
 * broadcast refreshes open pages; a sleeping worker only wakes on a runtime message.
 */
export async function mutate<T>(write: (store: Store) => Promise<T>): Promise<T> {
  const result = await write(await getStore());
  void send({ type: 'data-changed' }).catch(() => undefined);
  return result;
}
