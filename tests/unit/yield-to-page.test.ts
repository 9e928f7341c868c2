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
    const work = runInSlices(steps(done, 5, () => (clock += SLICE_MS / 2 + 1)), () => false, () => null, () => clock);
    // The first slice runs synchronously until its time is up: two steps.
    expect(done).toEqual([1, 2]);
    expect(await work).toBe('finished');
    expect(done).toEqual([1, 2, 3, 4, 5]);
  });

  it('stops at the next yield once stopped', async () => {
    let clock = 0;
    let stopped = false;
    const done: number[] = [];
    const work = runInSlices(steps(done, 4, () => (clock += SLICE_MS + 1)), () => stopped, () => null, () => clock);
    stopped = true;
    expect(await work).toBeUndefined();
    expect(done).toEqual([1]);
  });

  it('pauses for as long as asked, right after the step that asked, whatever time is left in the slice', async () => {
    const done: number[] = [];
    let release = () => {};
    const asked = new Promise<void>((resolve) => (release = resolve));
    const work = runInSlices(steps(done, 4, () => {}), () => false, () => (done.length === 2 ? asked : null), () => 0);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(done).toEqual([1, 2]);
    release();
    expect(await work).toBe('finished');
    expect(done).toEqual([1, 2, 3, 4]);
  });
});

describe('work in batches, one per frame', () => {
  it('does a batch, then waits for a frame before the next, and stops once stopped', async () => {
    const done: number[] = [];
    let frames = 0;
    let stopped = false;
    // Frames that render in no time: each batch may double.
    await inFrames([1, 2, 3, 4, 5, 6, 7], 1, (n) => done.push(n), () => false, async () => (frames++, 0), () => 0);
    expect(done).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(frames).toBe(2);
    const partly: number[] = [];
    const work = inFrames([1, 2, 3, 4, 5], 2, (n) => partly.push(n), () => stopped, async () => ((stopped = true), 0), () => 0);
    expect(partly).toEqual([1, 2]);
    await work;
    expect(partly).toEqual([1, 2]);
  });

  it('doubles a batch while a frame costs less than the budget, keeps it when one costs a little more, halves it down to the first size when one costs over twice as much', async () => {
    const batches: number[] = [];
    let batch = 0;
    // The page's relayout costs 20 ms a frame, each item 0.25 ms more: 64 items cost 36 ms, within the
    // 40 ms budget; 128 cost 52 ms, over it.
    const pause = async () => {
      batches.push(batch);
      const cost = 20 + batch * 0.25;
      batch = 0;
      return cost;
    };
    await inFrames(Array.from({ length: 600 }, (_, i) => i), 8, () => batch++, () => false, pause, () => 0);
    expect(batches.slice(0, 6)).toEqual([8, 16, 32, 64, 128, 128]);
    // A frame over twice the budget: half the batch.
    const halved: number[] = [];
    let n = 0;
    const costs = [0, 0, 90, 90];
    await inFrames(Array.from({ length: 100 }, (_, i) => i), 4, () => n++, () => false, async () => (halved.push(n), (n = 0), costs.shift() ?? 90), () => 0);
    expect(halved.slice(0, 6)).toEqual([4, 8, 16, 8, 4, 4]);
    // Our own script counts too: items that take 10 ms each to insert, in frames that render in no time.
    let clock = 0;
    const timed: number[] = [];
    await inFrames(Array.from({ length: 30 }, (_, i) => i), 4, () => (clock += 10), () => false, async () => (timed.push(clock), 0), () => clock);
    // 4 items: 40 ms, within the budget (8 next); 8 items: 80 ms, not over twice it (8 again).
    expect(timed.slice(0, 3)).toEqual([40, 120, 200]);
    const seen: number[] = [];
    // A page whose every frame costs more than the budget: never fewer than the first size.
    await inFrames([1, 2, 3, 4, 5], 2, (n) => seen.push(n), () => false, async () => (seen.push(-1), 200), () => 0);
    expect(seen).toEqual([1, 2, -1, 3, 4, -1, 5]);
  });
});
