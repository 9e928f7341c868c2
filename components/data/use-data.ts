import { useCallback, useEffect, useState } from 'preact/hooks';
import { evaluate, type Evaluation, type RulesInput } from '../../lib/rules';
import { DATA_CHANNEL, openStore, type Store } from '../../lib/store';
import { localToday } from '../../lib/units/dates';
import { send } from '../../lib/messages';

let shared: Promise<Store> | null = null;
/** One connection per page; extension pages share the worker's IndexedDB origin. */
export const getStore = () => (shared ??= openStore());

export interface Data {
  store: Store;
  input: RulesInput;
  evaluation: Evaluation;
  today: string;
}

/**
 * The page's view of the user's data, reloaded whenever any page or the worker writes
 * (BroadcastChannel), so a popup and an options tab never disagree. Nothing is read until
 * `enabled` (the popup first paints its stored summary, then reads everything).
 */
export function useData(enabled = true): { data: Data | null; error: string | null; reload: () => Promise<void> } {
  const [data, setData] = useState<Data | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      const store = await getStore();
      const input = await store.loadRulesInput();
      const today = localToday();
      setData({ store, input, evaluation: evaluate(input, today), today });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);
  useEffect(() => {
    if (!enabled) return;
    void reload();
    const channel = new BroadcastChannel(DATA_CHANNEL);
    channel.onmessage = () => void reload();
    return () => channel.close();
  }, [reload, enabled]);
  return { data, error, reload };
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
