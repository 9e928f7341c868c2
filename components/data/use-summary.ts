import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { summarize, summaryFor, SUMMARY_KEY, type Summary } from '../../lib/rules/summary';
import { localToday } from '../../lib/units/dates';

/**
 * The summary the worker keeps precomputed, if there is one for today (null otherwise, or when
 * extension storage cannot be read). The popup reads it before its first render, so the standing
 * is in that render rather than one frame and one effect later.
 */
export async function storedSummary(): Promise<Summary | null> {
  const stored = await browser.storage.local.get(SUMMARY_KEY).catch(() => ({}) as Record<string, unknown>);
  return summaryFor(stored[SUMMARY_KEY], localToday());
}

/**
 * The popup's data: `first` (the stored summary) at once, then a summary computed from the full
 * data (which always wins). The full read — the store, the rules, zod — is a separate chunk loaded
 * after the first paint, and starts only then: thousands of course records would otherwise be read
 * before the one small record that paints.
 */
export function useSummary(first: Summary | null): { summary: Summary | null; error: string | null } {
  const [summary, setSummary] = useState<Summary | null>(first);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let stop = () => {};
    let closed = false;
    void import('./watch-data').then(({ watchData }) => {
      if (!closed) stop = watchData((d) => setSummary(summarize(d.input, d.evaluation)), setError);
    });
    return () => {
      closed = true;
      stop();
    };
  }, []);
  return { summary, error };
}
