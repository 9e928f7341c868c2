import { useEffect, useState } from 'preact/hooks';
import { summarize, type Summary } from '../../lib/rules';
import { loadSummary } from '../../lib/store';
import { localToday } from '../../lib/units/dates';
import { getStore, useData } from './use-data';

/**
 * The popup's data: the summary the worker keeps precomputed, painted as soon as it is read,
 * replaced by one computed from the full data once that has loaded (the full data always wins).
 */
export function useSummary(): { summary: Summary | null; error: string | null } {
  const [cached, setCached] = useState<Summary | null>(null);
  const [cacheRead, setCacheRead] = useState(false);
  // The full read starts only after the summary is in: thousands of course records would
  // otherwise be read (and block the page) before the one small record that paints it.
  const { data, error } = useData(cacheRead);
  useEffect(() => {
    void getStore()
      .then((s) => loadSummary(s, localToday()))
      .then(setCached, () => undefined)
      .finally(() => setCacheRead(true));
  }, []);
  return { summary: data ? summarize(data.input, data.evaluation) : cached, error };
}
