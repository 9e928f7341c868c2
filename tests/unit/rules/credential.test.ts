import { describe, expect, it } from 'vitest';
import { Credential, cqrTimeline, isTimeLimited } from '../../../lib/rules';

const cred = (c: Partial<Credential>) => Credential.parse({ id: 'x', discipline: 'R', earnedOn: '2011-01-01', ...c });

describe('time-limited credentials (seed 001)', () => {
  it.each([
    ['2010-12-31', 'R', false],
    ['2011-01-01', 'R', true],
    ['1998-05-01', 'RRA', true],
    ['2020-07-15', 'CT', true],
  ] as const)('earned %s as %s → time-limited %s', (earnedOn, discipline, expected) => {
    expect(isTimeLimited(cred({ earnedOn, discipline }))).toBe(expected);
  });

  it('has no CQR timeline when earned before 2011', () => {
    expect(cqrTimeline(cred({ earnedOn: '2010-12-31' }), '2026-11-25')).toBeNull();
  });
});

describe('CQR timeline', () => {
  it('10-year period, 3-year window, submit two weeks before the end', () => {
    expect(cqrTimeline(cred({ earnedOn: '2016-06-15' }), '2025-01-01')).toEqual({
      periodStart: '2016-06-15',
      deadline: '2026-06-14',
      windowStart: '2023-06-15',
      submitBy: '2026-05-31',
      fromDashboard: false,
      status: 'open',
      completedOn: null,
      reinstateBy: null,
    });
  });

  it('a credential earned on a leap day ends on Feb 28 of its 10th year', () => {
    const t = cqrTimeline(cred({ earnedOn: '2012-02-29' }), '2020-01-01')!;
    expect(t.deadline).toBe('2022-02-28');
    expect(t.windowStart).toBe('2019-03-01');
  });

  it('moves to the next 10-year period once the first was recorded complete', () => {
    expect(cqrTimeline(cred({ earnedOn: '2011-01-01', cqrCompletedOn: '2020-05-01' }), '2026-11-25')).toMatchObject({ periodStart: '2021-01-01', deadline: '2030-12-31', status: 'upcoming', completedOn: null });
  });

  it('the deadline from the ARRT dashboard wins over ours', () => {
    const t = cqrTimeline(cred({ earnedOn: '2016-06-15', cqrDeadlineOverride: '2026-06-30' }), '2025-01-01')!;
    expect(t).toMatchObject({ deadline: '2026-06-30', submitBy: '2026-06-16', windowStart: '2023-07-01', fromDashboard: true });
  });
});
