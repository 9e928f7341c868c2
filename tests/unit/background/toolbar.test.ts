import { describe, expect, it } from 'vitest';
import { toolbarBadge } from '../../../entrypoints/background/toolbar';
import { evaluate } from '../../../lib/rules';
import { course, input } from '../rules/make';

describe('toolbar badge', () => {
  it('shows the credits still needed for the nearest deadline', () => {
    const ev = evaluate(input({ credentials: [{ discipline: 'CT', earnedOn: '2017-08-01' }], courses: [course({ credits: 1050, completedOn: '2025-04-01' })] }), '2026-11-25');
    expect(toolbarBadge(ev)).toEqual({ text: '13.5', title: 'CE Companion: 13.5 credits still needed — biennium ends 2027-02-28 (95 days)' });
  });

  it('is empty when nothing is due', () => {
    expect(toolbarBadge(evaluate(input({ birthMonth: null }), '2026-11-25')).text).toBe('');
  });
});
