import { describe, expect, it } from 'vitest';
import { inFrames, runInSlices, SLICE_MS } from '../../lib/yield-to-page';

/** Steps that each advance a fake clock by `cost`, recording which ran. */
function* steps(done: number[], count: number, tick: () => void): Generator<void, string, void> {
  for (let n = 1; n <= count; n++) {
    done.push(n);
    tick();
    yield;
  }
  return 'finished';
}

describe('work in slices', () => {
  it('runs every step, yielding to the page whenever a slice has run its time, and returns the result', async () => {
    let clock = 0;
    const done: number[] = [];
    const work = runInSlices(steps(done, 5, () => (clock += SLICE_MS / 2 + 1)), () => false, () => clock);
    // The first slice runs synchronously until its time is up: two steps.
    expect(done).toEqual([1, 2]);
    expect(await work).toBe('finished');
    expect(done).toEqual([1, 2, 3, 4, 5]);
  });

  it('stops at the next yield once stopped', async () => {
    let clock = 0;
    let stopped = false;
    const done: number[] = [];
    const work = runInSlices(steps(done, 4, () => (clock += SLICE_MS + 1)), () => stopped, () => clock);
    stopped = true;
    expect(await work).toBeUndefined();
    expect(done).toEqual([1]);
  });
});

describe('work in batches, one per frame', () => {
  it('does a batch, then waits for a frame before the next, and stops once stopped', async () => {
    const done: number[] = [];
    let frames = 0;
    let stopped = false;
    await inFrames([1, 2, 3, 4, 5], 2, (n) => done.push(n), () => false, async () => void frames++);
    expect(done).toEqual([1, 2, 3, 4, 5]);
    expect(frames).toBe(2);
    const partly: number[] = [];
    const work = inFrames([1, 2, 3, 4, 5], 2, (n) => partly.push(n), () => stopped, async () => void (stopped = true));
    expect(partly).toEqual([1, 2]);
    await work;
    expect(partly).toEqual([1, 2]);
  });
});
