import { describe, expect, it } from 'vitest';
import { evaluate, Profile, summarize, summaryFor } from '../../../lib/rules';

describe('the popup summary the worker keeps', () => {
  const input = { profile: Profile.parse({ birthMonth: 3 }), credentials: [], prescriptions: [], courses: [], outlineOverrides: [] };
  const summary = summarize(input, evaluate(input, '2026-11-25'));

  it('is used on its own day only: tomorrow the days left and what counts differ', () => {
    expect(summary.firstRun).toBe(false);
    expect(summaryFor(structuredClone(summary), '2026-11-25')).toEqual(summary);
    expect(summaryFor(summary, '2026-11-26')).toBeNull();
  });

  it('anything else stored under its key is ignored (the popup then waits for the full data)', () => {
    for (const junk of [undefined, null, 'x', 42, { today: '2026-11-25' }, { ...summary, evaluation: 'garbage' }, { ...summary, firstRun: 'no' }]) {
      expect(summaryFor(junk, '2026-11-25')).toBeNull();
    }
  });
});
