import { describe, expect, it } from 'vitest';
import { evaluate, summarize } from '../../../lib/rules';
import { loadSummary, saveSummary } from '../../../lib/store';
import { freshStore } from './open';

describe('the popup summary the worker keeps', () => {
  it('round-trips for the same day, and is ignored on another day or when malformed', async () => {
    const s = await freshStore();
    await s.saveProfile({ birthMonth: 3, bienniumStartYear: null, reminderLeadDays: [90, 30, 14] });
    const input = await s.loadRulesInput();
    const summary = summarize(input, evaluate(input, '2026-11-25'));
    expect(summary.firstRun).toBe(false);
    await saveSummary(s, summary);
    expect(await loadSummary(s, '2026-11-25')).toEqual(summary);
    // Tomorrow the figures (days left, what counts) differ: the popup computes them afresh.
    expect(await loadSummary(s, '2026-11-26')).toBeNull();
    await s.setMeta('popup-summary', { today: '2026-11-25', evaluation: 'garbage' });
    expect(await loadSummary(s, '2026-11-25')).toBeNull();
  });
});
