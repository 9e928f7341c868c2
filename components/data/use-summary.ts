import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { summarize, summaryFor, SUMMARY_KEY, type Summary } from '../../lib/rules/summary';
import { localToday } from '../../lib/units/dates';

/**
 * The popup's data: the summary the worker keeps precomputed, painted as soon as it is read,
 * then replaced by one computed from the full data (which always wins). The full read — the
 * store, the rules, zod — is a separate chunk loaded after the first paint, and starts only then:
 * thousands of course records would otherwise be read before the one small record that paints.
 */
export function useSummary(): { summary: Summary | null; error: string | null } {
  const [summary, setSummary] = useState<Summary | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let stop = () => {};
    let closed = false;
    void (async () => {
      const stored = await browser.storage.local.get(SUMMARY_KEY).catch(() => ({}) as Record<string, unknown>);
      const cached = summaryFor(stored[SUMMARY_KEY], localToday());
      if (cached) setSummary(cached);
      const { watchData } = await import('./watch-data');
      if (!closed) stop = watchData((d) => setSummary(summarize(d.input, d.evaluation)), setError);
    })();
    return () => {
      closed = true;
      stop();
    };
  }, []);
  return { summary, error };
}
