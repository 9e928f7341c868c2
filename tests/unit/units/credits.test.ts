import { describe, expect, it } from 'vitest';
import { formatCredits, sumCredits, toHundredths } from '../../../lib/units/credits';

describe('credits in hundredths', () => {
  it('sums tenths exactly where float addition drifts', () => {
    const quarters = Array.from({ length: 1000 }, () => toHundredths(0.1));
    expect(sumCredits(quarters)).toBe(10_000);
    expect(formatCredits(sumCredits(quarters))).toBe('100');
  });
  it.each([
    [25, '0.25'],
    [150, '1.5'],
    [200, '2'],
    [2175, '21.75'],
    [-50, '-0.5'],
    [5, '0.05'],
  ])('formats %i as %s', (h, s) => expect(formatCredits(h)).toBe(s));
});
