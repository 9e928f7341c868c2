import { describe, expect, it } from 'vitest';
import { bestFits, type Coverage } from '../../../lib/rules';

/** A coverage filling `prescription` hundredths of a CT prescription and `biennium` of the biennium. */
const fills = (prescription: number, biennium: number): Coverage => ({
  alreadyCompleted: false,
  estimated: false,
  categoryAssumed: false,
  notCounted: null,
  probationAdds: 0,
  biennium: { adds: biennium, remainingBefore: 2400, remainingAfter: 2400 - biennium },
  credentials: [
    {
      credentialId: 'cred0',
      discipline: 'CT',
      prescription: prescription ? [{ category: 'Safety', subcategory: 'Radiation Safety and Dose', adds: prescription, remainingBefore: 200, remainingAfter: 200 - prescription }] : [],
      structuredCategories: [],
    },
  ],
  summary: '',
});

describe('the listings that fill the most of the gaps', () => {
  it('prescription credits first, then biennium credits, three at most', () => {
    expect([...bestFits([fills(0, 300), fills(150, 150), fills(150, 200), fills(50, 25), fills(0, 100)])]).toEqual([2, 1, 3]);
  });

  it('ties go to the earlier listing; a listing that fills nothing never stands out', () => {
    expect([...bestFits([fills(0, 0), fills(100, 0), fills(100, 0), fills(100, 0), fills(100, 0)])]).toEqual([1, 2, 3]);
    expect(bestFits([fills(0, 0), fills(0, 0)]).size).toBe(0);
    expect(bestFits([]).size).toBe(0);
  });
});
