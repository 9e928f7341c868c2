import { describe, expect, it } from 'vitest';
import { bienniumAt, coverage, cqrTimeline, Credential, evaluate, Profile } from '../../../lib/rules';
import { course, CT_SEVEN, ctSafety, input } from './make';

/** Issue #13: each numbered case at a fixed date, failing on the rules before the fix. */

const cred = (c: Partial<Credential>) => Credential.parse({ id: 'x', discipline: 'CT', earnedOn: '2016-12-01', ...c });

describe('#1 a missed CQR deadline is a state, not a completed CQR', () => {
  const data = input({ credentials: [{ discipline: 'CT', earnedOn: '2016-12-01' }], prescriptions: [{ items: [CT_SEVEN[0]!, { ...CT_SEVEN[1]!, credits: 200 }], issuedOn: '2024-06-01' }], courses: [ctSafety(100, { completedOn: '2025-01-10' })] });

  it('the day after the window closed: overdue, same period, prescription progress kept', () => {
    const ev = evaluate(data, '2026-12-01');
    const cp = ev.credentials[0]!;
    expect(cp.cqr).toMatchObject({ periodStart: '2016-12-01', deadline: '2026-11-30', status: 'overdue', reinstateBy: '2027-11-30' });
    expect(cp.prescription!.earned).toBe(100);
    expect(ev.deadlines.find((d) => d.kind === 'cqr-overdue')).toMatchObject({ date: '2026-11-30', daysLeft: -1, discipline: 'CT' });
  });

  it('rolls over to the next period only once "CQR complete" is recorded', () => {
    const t = cqrTimeline(cred({ cqrCompletedOn: '2026-10-01' }), '2026-12-01')!;
    expect(t).toMatchObject({ periodStart: '2026-12-01', deadline: '2036-11-30', status: 'upcoming' });
    expect(cqrTimeline(cred({ cqrCompletedOn: '2026-10-01' }), '2026-11-01')).toMatchObject({ deadline: '2026-11-30', status: 'complete', completedOn: '2026-10-01' });
  });
});

describe('#2 the last 14 days of a CQR window', () => {
  it.each(['2026-11-17', '2026-11-30'])('on %s the deadline stays, as "submit now"', (today) => {
    const ev = evaluate(input({ credentials: [{ discipline: 'CT', earnedOn: '2016-12-01' }] }), today);
    expect(ev.credentials[0]!.cqr!.status).toBe('submit-now');
    expect(ev.deadlines.filter((d) => d.credentialId !== null).map((d) => [d.kind, d.date])).toEqual([['cqr-window-ends', '2026-11-30']]);
  });
});

describe('#3 CE probation', () => {
  const tenEarned = [course({ credits: 1000, completedOn: '2025-06-01' })];
  const data = (courses = tenEarned) => input({ birthMonth: 12, startYear: 2024, trackingSince: '2024-12-15', credentials: [{ discipline: 'R', earnedOn: '2009-01-01' }], courses });

  it('the deficit survives the biennium end, with its six-month deadline', () => {
    const b = evaluate(data(), '2026-12-01').biennium!;
    expect(b).toMatchObject({ start: '2026-12-01', end: '2028-11-30', earned: 0 });
    expect(b.probation).toMatchObject({ bienniumEnd: '2026-11-30', deficit: 1400, remaining: 1400, deadline: '2027-05-31', status: 'open' });
  });

  it('make-up credits go to the deficit first; only the excess counts for the new biennium', () => {
    const b = evaluate(data([...tenEarned, course({ id: 'makeup', credits: 1500, completedOn: '2027-01-15' })]), '2027-02-01').biennium!;
    expect(b.probation).toMatchObject({ madeUp: 1400, remaining: 0, status: 'met', applied: [{ courseId: 'makeup', credits: 1400 }] });
    expect(b.earned).toBe(100);
  });

  it('lists the probation deadline for reminders and the badge', () => {
    expect(evaluate(data(), '2026-12-01').deadlines.find((d) => d.kind === 'ce-probation')).toMatchObject({ date: '2027-05-31', remaining: 1400 });
  });

  it('a biennium the user never tracked is not a deficit', () => {
    expect(evaluate({ ...data(), profile: { ...data().profile, trackingSince: '2026-12-01' } }, '2026-12-01').biennium!.probation).toBeNull();
  });
});

describe('#5 a dashboard deadline already past', () => {
  it('period and deadline agree, and the passed deadline is listed', () => {
    const ev = evaluate(input({ credentials: [{ discipline: 'CT', earnedOn: '2016-06-15', cqrDeadlineOverride: '2026-06-30' }] }), '2026-12-01');
    expect(ev.credentials[0]!.cqr).toMatchObject({ periodStart: '2016-07-01', deadline: '2026-06-30', status: 'overdue', fromDashboard: true });
    expect(ev.deadlines.map((d) => d.kind)).toContain('cqr-overdue');
  });
});

describe('#6 only ARRT-accepted credit counts', () => {
  it('a course without a category is not counted until the user sets it', () => {
    const b = evaluate(input({ courses: [course({ id: 'nocat', credits: 300, category: null, completedOn: '2025-06-01' })] }), '2026-11-25').biennium!;
    expect(b.earned).toBe(0);
    expect(b.excluded).toEqual([expect.objectContaining({ courseId: 'nocat', kind: 'no-category', reason: expect.stringMatching(/until you set its category/) })]);
  });

  it('a course completed after its approval expired is flagged', () => {
    const b = evaluate(input({ courses: [course({ id: 'old', credits: 100, expires: '2025-01-31', completedOn: '2025-06-01' })] }), '2026-11-25').biennium!;
    expect(b.flagged).toEqual([expect.objectContaining({ courseId: 'old', kind: 'approval-expired' })]);
  });
});

describe('#7 repeats of unknown format', () => {
  const data = (format: 'unknown' | 'live') =>
    input({ courses: [course({ fingerprint: 'act', credits: 100, format, completedOn: '2023-05-01' }), course({ id: 'again', fingerprint: 'act', credits: 100, format, completedOn: '2025-05-01' })] });
  it('may not count: home-study activities cannot be repeated', () => {
    const b = evaluate(data('unknown'), '2026-11-25').biennium!;
    expect(b.earned).toBe(0);
    expect(b.excluded).toEqual([expect.objectContaining({ courseId: 'again', kind: 'unknown-format-repeat', reason: expect.stringMatching(/home-study activities cannot be repeated/) })]);
  });
  it('counts once the user answers that it was live', () => {
    expect(evaluate(data('live'), '2026-11-25').biennium!.earned).toBe(100);
  });
});

describe('#8 sonography is a requirement of its own', () => {
  it('an S holder with 24 non-sonography credits still needs 16', () => {
    const ev = evaluate(input({ credentials: [{ discipline: 'S', earnedOn: '2009-01-01' }], courses: [course({ credits: 2400, completedOn: '2025-05-01' })] }), '2026-11-25');
    expect(ev.biennium).toMatchObject({ earned: 2400, remaining: 1600, sonography: { remaining: 1600 } });
    expect(ev.deadlines.find((d) => d.kind === 'sonography')).toMatchObject({ remaining: 1600, date: '2027-02-28' });
  });
});

describe('#9 an estimated biennium does not move at New Year', () => {
  const profile = Profile.parse({ birthMonth: 3, trackingSince: '2026-06-01' });
  it.each(['2026-12-31', '2027-01-01'])('on %s it is the series anchored at setup, 2026-03-01 – 2028-02-29', (today) => {
    expect(bienniumAt(profile, [], today)).toEqual({ start: '2026-03-01', end: '2028-02-29', basis: 'assumed' });
  });
});

describe('#10 a credential earned on 29 February', () => {
  it('gets back-to-back periods and a Feb 28 deadline', () => {
    const t = cqrTimeline(cred({ earnedOn: '2012-02-29', cqrCompletedOn: '2021-06-01' }), '2026-12-01')!;
    expect(t).toMatchObject({ periodStart: '2022-03-01', deadline: '2032-02-28' });
  });
});

describe('#15 coverage is the standing with the course added', () => {
  it('says what the standing would gain, through the same counting code', () => {
    const data = input({ courses: [course({ fingerprint: 'act', credits: 100, completedOn: '2023-05-01' })] });
    const c = coverage(data, '2026-11-25', { fingerprint: 'act', credits: 100, category: 'A', distribution: [], distributionBasis: 'none' });
    // The repeat of unknown format adds nothing, exactly as the standing would count it.
    expect(c.biennium!.adds).toBe(0);
    expect(c.notCounted).toMatch(/home-study activities cannot be repeated/);
    const nocat = coverage(input({}), '2026-11-25', { fingerprint: 'new', credits: 150, category: null, distribution: [], distributionBasis: 'none' });
    expect(nocat).toMatchObject({ categoryAssumed: true, biennium: { adds: 150 } });
  });
});
