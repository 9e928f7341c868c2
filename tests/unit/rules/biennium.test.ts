import { describe, expect, it } from 'vitest';
import { bienniumAt, bienniumStartingIn, Credential, Profile } from '../../../lib/rules';

const profile = (birthMonth: number | null, bienniumStartYear: number | null = null) => Profile.parse({ birthMonth, bienniumStartYear });

describe('biennium dates (ARRT CE Requirements)', () => {
  it('runs from the first of the birth month to the end of the month before it two years later', () => {
    expect(bienniumStartingIn(2025, 3)).toEqual({ start: '2025-03-01', end: '2027-02-28' });
    expect(bienniumStartingIn(2026, 1)).toEqual({ start: '2026-01-01', end: '2027-12-31' });
  });

  it('ends on a leap day when the biennium crosses one', () => {
    expect(bienniumStartingIn(2026, 3)).toEqual({ start: '2026-03-01', end: '2028-02-29' });
  });

  it.each([
    ['2026-11-25', '2025-03-01', '2027-02-28'],
    ['2027-02-28', '2025-03-01', '2027-02-28'],
    ['2027-03-01', '2027-03-01', '2029-02-28'],
    ['2025-02-28', '2023-03-01', '2025-02-28'],
  ])('on %s with a 2025 series is %s – %s', (today, start, end) => {
    expect(bienniumAt(profile(3, 2025), [], today)).toEqual({ start, end, basis: 'profile' });
  });

  it('derives the series from the first credential when the user has not entered it', () => {
    const creds = [Credential.parse({ id: 'a', discipline: 'R', earnedOn: '2014-07-10' })];
    // First birth month (March) after July 2014 is March 2015: series of odd years.
    expect(bienniumAt(profile(3), creds, '2026-11-25')).toEqual({ start: '2025-03-01', end: '2027-02-28', basis: 'derived' });
  });

  it('is unknown without a birth month', () => {
    expect(bienniumAt(profile(null), [], '2026-11-25')).toBeNull();
  });
});
