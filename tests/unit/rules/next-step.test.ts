import { describe, expect, it } from 'vitest';
import { bienniumChoices, evaluate, isFarAway, annualRenewal, nextStep } from '../../../lib/rules';
import { course, input } from './make';

const TODAY = '2026-12-01';

describe("the popup's next step (issue #16, items 5 and 6)", () => {
  it('names the nearest deadline, what is missing and a pace', () => {
    const i = input({ birthMonth: 8, startYear: 2025, courses: [course({ credits: 750, completedOn: '2026-01-10' })] });
    const ev = evaluate(i, TODAY);
    expect(nextStep(ev, annualRenewal(8, TODAY).due, 'en-US')).toBe('Biennium ends 07/31/2027 (in 8 months): 16.5 credits to go ≈ 2 a month.');
  });

  it('asks for the prescription when a CQR window is open without one', () => {
    const i = input({ birthMonth: 8, startYear: 2025, credentials: [{ discipline: 'CT', earnedOn: '2019-01-15' }] });
    expect(nextStep(evaluate(i, TODAY), null, 'en-US')).toBe('Biennium ends 07/31/2027 (in 8 months): 24 credits to go ≈ 3 a month.');
    const done = input({ birthMonth: 8, startYear: 2025, credentials: [{ discipline: 'CT', earnedOn: '2019-01-15' }], courses: [course({ credits: 2400, completedOn: '2026-01-10' })] });
    expect(nextStep(evaluate(done, TODAY), null, 'en-US')).toBe('CT CQR: submit prescribed CE by 12/31/2028 (in 2 years 1 month): enter your prescription to see what is missing.');
  });

  it('with nothing missing, points to the annual renewal', () => {
    const i = input({ birthMonth: 8, startYear: 2025, courses: [course({ credits: 2400, completedOn: '2026-01-10' })] });
    expect(nextStep(evaluate(i, TODAY), annualRenewal(8, TODAY).due, 'en-US')).toBe('All CE is on track. Next: annual renewal by 08/31/2027 (in 9 months).');
  });

  it('offers the two bienniums today may be in, sooner end first', () => {
    expect(bienniumChoices(7, TODAY).map((c) => c.end)).toEqual(['2027-06-30', '2028-06-30']);
    expect(bienniumChoices(12, TODAY).map((c) => [c.start, c.end])).toEqual([
      ['2025-12-01', '2027-11-30'],
      ['2026-12-01', '2028-11-30'],
    ]);
  });

  it('folds away a credential whose CQR window is years away, or that has no CQR', () => {
    const ev = evaluate(input({ credentials: [{ discipline: 'CT', earnedOn: '2024-05-01' }, { discipline: 'R', earnedOn: '2005-06-01' }, { discipline: 'MR', earnedOn: '2018-02-01' }] }), TODAY);
    expect(ev.credentials.map((c) => isFarAway(c, TODAY))).toEqual([true, true, false]);
  });
});
