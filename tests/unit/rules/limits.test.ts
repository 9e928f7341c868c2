import { describe, expect, it } from 'vitest';
import { checkBienniumStartYear, checkCredits, checkDate, duplicateCredential, LIMITS } from '../../../lib/rules';
import { input } from './make';

const TODAY = '2026-12-01';

describe('form entries against one table of limits (issue #16, item 3)', () => {
  it.each([
    ['0', /Credits: 0 is not allowed; enter from 0\.25 to 100, in steps of 0\.25/],
    ['1000', /Credits: 1000 is not allowed; enter from 0\.25 to 100/],
    ['1.3', /1\.3 is not allowed/],
    ['', /Credits: enter a number from 0\.25 to 100/],
    ['abc', /Credits: enter a number/],
  ])('course credits %j are refused with the field and range', (text, message) => {
    const r = checkCredits('courseCredits', text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(message);
  });

  it('accepts quarter credits in range, with a decimal comma too', () => {
    expect(checkCredits('courseCredits', '1.5')).toEqual({ ok: true, value: 150 });
    expect(checkCredits('courseCredits', '0,25')).toEqual({ ok: true, value: 25 });
    expect(checkCredits('courseCredits', '100')).toEqual({ ok: true, value: LIMITS.courseCredits.max });
  });

  it('refuses a completion or an earned date in the future, and the year 2099', () => {
    const next = checkDate('completedOn', '2027-05-01', TODAY);
    expect(!next.ok && next.message).toMatch(/^Completed on: 05\/01\/2027 is in the future; enter a date from 01\/01\/1990 to 12\/01\/2026 \(today\)\.$/);
    expect(checkDate('completedOn', '2099-01-01', TODAY).ok).toBe(false);
    expect(checkDate('completedOn', TODAY, TODAY)).toEqual({ ok: true, value: TODAY });
    const earned = checkDate('earnedOn', '2026-12-02', TODAY);
    expect(!earned.ok && earned.message).toMatch(/^Date earned: 12\/02\/2026 is in the future/);
    expect(checkDate('earnedOn', '', TODAY).ok).toBe(false);
    expect(checkDate('earnedOn', '1890-01-01', TODAY).ok).toBe(false);
  });

  it('lets a deadline be ahead, within its bound', () => {
    expect(checkDate('cqrDeadline', '2031-06-30', TODAY).ok).toBe(true);
    const far = checkDate('cqrDeadline', '2099-06-30', TODAY);
    expect(!far.ok && far.message).toMatch(/^CQR deadline: 06\/30\/2099 is too far ahead; enter a date from 01\/01\/2021 to 12\/01\/2037\.$/);
  });

  it('bounds the biennium start year by today', () => {
    expect(checkBienniumStartYear('2025', TODAY)).toEqual({ ok: true, value: 2025 });
    const r = checkBienniumStartYear('2099', TODAY);
    expect(!r.ok && r.message).toBe('Biennium started in: enter a year from 1950 to 2026.');
  });

  it('finds the same credential entered twice', () => {
    const { credentials } = input({ credentials: [{ discipline: 'CT' }, { discipline: 'R' }] });
    expect(duplicateCredential('CT', credentials)?.id).toBe('cred0');
    expect(duplicateCredential('CT', credentials, 'cred0')).toBeUndefined();
    expect(duplicateCredential('MR', credentials)).toBeUndefined();
  });
});
