import { describe, expect, it } from 'vitest';
import { showDate, spanText, whenText } from '../../../lib/units/show';
import { annualRenewal } from '../../../lib/rules';

describe("people's dates (issue #16, item 7)", () => {
  it('writes dates as the ARRT dashboard does in the US, and by locale elsewhere', () => {
    expect(showDate('2027-07-31', 'en-US')).toBe('07/31/2027');
    expect(showDate('2027-07-31', 'en-GB')).toBe('31/07/2027');
    expect(showDate('2028-02-29', 'en-US')).toBe('02/29/2028');
  });

  it.each([
    ['2026-12-01', '2026-12-01', 'today'],
    ['2026-12-01', '2026-12-13', 'in 12 days'],
    ['2026-12-01', '2027-07-31', 'in 8 months'],
    ['2026-12-01', '2027-02-15', 'in 2 months'],
    ['2026-12-01', '2028-06-30', 'in 19 months'],
    ['2026-12-01', '2028-12-01', 'in 2 years'],
    ['2026-12-01', '2030-03-01', 'in 3 years 3 months'],
    ['2026-12-01', '2026-11-30', '1 day ago'],
    ['2026-12-01', '2026-03-01', '9 months ago'],
  ])('from %s, %s is %j', (today, date, text) => {
    expect(whenText(today, date)).toBe(text);
  });

  it('spans are symmetric', () => {
    expect(spanText('2027-07-31', '2026-12-01')).toBe(spanText('2026-12-01', '2027-07-31'));
  });

  it('the annual renewal is the last day of the birth month, this year or next', () => {
    expect(annualRenewal(2, '2026-12-01').due).toBe('2027-02-28');
    expect(annualRenewal(12, '2026-12-01').due).toBe('2026-12-31');
  });
});
