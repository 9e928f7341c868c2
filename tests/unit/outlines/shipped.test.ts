import { describe, expect, it } from 'vitest';
import { currentOutline, isConfirmed, Outline, SHIPPED_OUTLINES } from '../../../lib/outlines';

describe('shipped outlines', () => {
  it('every shipped outline passes the Outline schema unchanged', () => {
    for (const o of SHIPPED_OUTLINES) expect(Outline.parse(o)).toEqual(o);
  });

  it('only CT names are ARRT-confirmed; the 2016 CT outline is old and superseded', () => {
    expect(SHIPPED_OUTLINES.filter(isConfirmed).map((o) => o.discipline)).toEqual(['CT']);
    expect(currentOutline('CT')?.version).toBe('current');
    expect(SHIPPED_OUTLINES.find((o) => o.version === '2016' && o.discipline === 'CT')).toMatchObject({ superseded: true, confidence: 'old' });
  });
});
