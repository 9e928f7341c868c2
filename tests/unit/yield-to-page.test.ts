import { describe, expect, it } from 'vitest';
import { inSlices, SLICE_MS } from '../../lib/yield-to-page';

describe('work in slices', () => {
  it('does every item, yielding whenever a slice has run its time', async () => {
    let clock = 0;
    const done: number[] = [];
    const work = inSlices([1, 2, 3, 4, 5], (n) => {
      done.push(n);
      clock += SLICE_MS / 2 + 1;
    }, () => false, () => clock);
    // The first slice runs synchronously until its time is up: two items.
    expect(done).toEqual([1, 2]);
    await work;
    expect(done).toEqual([1, 2, 3, 4, 5]);
  });

  it('stops at the next yield once stopped', async () => {
    let clock = 0;
    let stopped = false;
    const done: number[] = [];
    const work = inSlices([1, 2, 3, 4], (n) => {
      done.push(n);
      clock += SLICE_MS + 1;
    }, () => stopped, () => clock);
    stopped = true;
    await work;
    expect(done).toEqual([1]);
  });
});
