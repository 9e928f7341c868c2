import { evaluate, type Evaluation, type RulesInput } from '../../lib/rules';
import { DATA_CHANNEL, openStore, type Store } from '../../lib/store';
import { localToday } from '../../lib/units/dates';

let shared: Promise<Store> | null = null;
/** What to do when the connection was closed under the page: read everything again. */
const onReopen = new Set<() => void>();

/**
 * One connection per page; extension pages share the worker's IndexedDB origin. When it is
 * closed under the page ("Clear site data", the database deleted, a newer version opened in
 * another page), the next use opens a new one and every view reads its data again.
 */
export const getStore = () =>
  (shared ??= openStore(undefined, () => {
    shared = null;
    onReopen.forEach((reload) => reload());
  }));

export interface Data {
  store: Store;
  input: RulesInput;
  evaluation: Evaluation;
  today: string;
}

/**
 * Reads all of the user's data now and again whenever any page or the worker writes
 * (BroadcastChannel), so a popup and an options tab never disagree. Returns the unsubscribe.
 */
export function watchData(onData: (data: Data) => void, onError: (message: string) => void): () => void {
  const reload = async () => {
    try {
      const store = await getStore();
      const input = await store.loadRulesInput();
      const today = localToday();
      onData({ store, input, evaluation: evaluate(input, today), today });
    } catch (e) {
      onError(e instanceof Error ? e.message : String(e));
    }
  };
  void reload();
  const channel = new BroadcastChannel(DATA_CHANNEL);
  channel.onmessage = () => void reload();
  const again = () => void reload();
  onReopen.add(again);
  return () => {
    channel.close();
    onReopen.delete(again);
  };
}
