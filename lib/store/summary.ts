import { Summary } from '../rules';
import type { IsoDate } from '../units/dates';
import type { Store } from './store';

const KEY = 'popup-summary';

export function saveSummary(store: Store, summary: Summary): Promise<unknown> {
  return store.setMeta(KEY, summary);
}

/** The stored summary if it is for `today` and well-formed; null otherwise (the caller computes it). */
export async function loadSummary(store: Store, today: IsoDate): Promise<Summary | null> {
  const parsed = Summary.safeParse(await store.getMeta(KEY));
  return parsed.success && parsed.data.today === today ? parsed.data : null;
}
