import { afterEach, describe, expect, it, vi } from 'vitest';
import { within } from '../../lib/within';

describe('a wait that does not hang', () => {
  afterEach(() => vi.useRealTimers());

  it('ends when the work ends, fulfilled or rejected, and leaves no timer behind', async () => {
    vi.useFakeTimers();
    await within(Promise.resolve(1), 1000);
    await within(Promise.reject(new Error('store closed')), 1000);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('ends after its time when the work never does', async () => {
    vi.useFakeTimers();
    let done = false;
    const wait = within(new Promise(() => {}), 1000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await wait;
    expect(done).toBe(true);
  });
});
