import { describe, expect, it } from 'vitest';
import { toolbarBadge } from '../../../entrypoints/background/toolbar';
import { evaluate } from '../../../lib/rules';
import { course, input } from '../rules/make';

describe('toolbar badge', () => {
  it('shows the credits still needed for the nearest deadline', () => {
    const ev = evaluate(input({ credentials: [{ discipline: 'CT', earnedOn: '2017-08-01' }], courses: [course({ credits: 1050, completedOn: '2025-04-01' })] }), '2026-11-25');
    expect(toolbarBadge(ev)).toEqual({ text: '13.5', color: '#1d4ed8', title: 'CE Companion: 13.5 credits still needed — biennium ends 2027-02-28 (95 days)' });
  });

  it('#1 a CQR window closed without a recorded completion shows "!" first', () => {
    const ev = evaluate(input({ credentials: [{ discipline: 'CT', earnedOn: '2016-12-01' }] }), '2026-12-01');
    expect(toolbarBadge(ev)).toMatchObject({ text: '!', color: '#b91c1c', title: expect.stringMatching(/CT CQR not recorded as complete; window closed 2026-11-30 — reinstatement rules apply/) });
  });

  it('#3 CE probation: the deficit, in red', () => {
    const ev = evaluate(input({ birthMonth: 12, startYear: 2024, trackingSince: '2024-12-15', credentials: [{ discipline: 'R', earnedOn: '2009-01-01' }], courses: [course({ credits: 1000, completedOn: '2025-06-01' })] }), '2026-12-01');
    expect(toolbarBadge(ev)).toMatchObject({ text: '14', color: '#b91c1c', title: expect.stringMatching(/CE probation, make up by 2027-05-31/) });
  });

  it('#8 an S holder with 24 other credits: the 16 sonography credits', () => {
    const ev = evaluate(input({ credentials: [{ discipline: 'S', earnedOn: '2009-01-01' }], courses: [course({ credits: 2400, completedOn: '2025-05-01' })] }), '2026-11-25');
    expect(toolbarBadge(ev)).toMatchObject({ text: '16', title: expect.stringMatching(/sonography credits/) });
  });

  it('is empty when nothing is due', () => {
    expect(toolbarBadge(evaluate(input({ birthMonth: null }), '2026-11-25')).text).toBe('');
  });
});
