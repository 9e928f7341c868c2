// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { lookWhileChanging } from '../../../entrypoints/content/look-again';

const HOST = 'ce-companion-badge';
/** The parts of WXT's context the watcher uses: its timers, and invalidation. */
function fakeContext() {
  const invalidated: Array<() => void> = [];
  const ctx = { setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms), onInvalidated: (cb: () => void) => void invalidated.push(cb) };
  return { ctx: ctx as unknown as ContentScriptContext, invalidate: () => invalidated.forEach((cb) => cb()) };
}
/** A change to the page, delivered to the observer (mutation records arrive as a microtask). */
async function change(node: Node = document.createElement('p')) {
  document.body.append(node);
  await Promise.resolve();
}

describe('looking again while the page changes', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    document.body.replaceChildren();
  });
  afterEach(() => vi.useRealTimers());

  it('a burst of changes gets one look, once it has had time to settle', async () => {
    const look = vi.fn();
    lookWhileChanging(fakeContext().ctx, HOST, look);
    await change();
    await change();
    vi.advanceTimersByTime(499);
    expect(look).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(look).toHaveBeenCalledTimes(1);
  });

  it('our own badges coming and going are no change', async () => {
    const look = vi.fn();
    lookWhileChanging(fakeContext().ctx, HOST, look);
    await change(document.createElement(HOST));
    vi.advanceTimersByTime(1000);
    expect(look).not.toHaveBeenCalled();
  });

  it('a page that never stops changing costs six looks at most, and nothing after fifteen seconds', async () => {
    const look = vi.fn();
    lookWhileChanging(fakeContext().ctx, HOST, look);
    for (let i = 0; i < 10; i++) {
      await change();
      vi.advanceTimersByTime(600);
    }
    expect(look).toHaveBeenCalledTimes(6);

    const later = vi.fn();
    lookWhileChanging(fakeContext().ctx, HOST, later);
    vi.advanceTimersByTime(15_000);
    await change();
    vi.advanceTimersByTime(1000);
    expect(later).not.toHaveBeenCalled();
  });

  it('a click, key or scroll by the user opens the watch again: "Load more" long after the page loaded', async () => {
    const look = vi.fn();
    lookWhileChanging(fakeContext().ctx, HOST, look);
    vi.advanceTimersByTime(60_000);
    await change();
    vi.advanceTimersByTime(1000);
    expect(look).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('click'));
    await change();
    vi.advanceTimersByTime(500);
    expect(look).toHaveBeenCalledTimes(1);
  });

  it('after an in-app navigation it looks once even if nothing changes; stopping or invalidation ends it', async () => {
    const look = vi.fn();
    lookWhileChanging(fakeContext().ctx, HOST, look, true);
    vi.advanceTimersByTime(500);
    expect(look).toHaveBeenCalledTimes(1);

    const stopped = vi.fn();
    lookWhileChanging(fakeContext().ctx, HOST, stopped)();
    const invalidated = vi.fn();
    const { ctx, invalidate } = fakeContext();
    lookWhileChanging(ctx, HOST, invalidated);
    invalidate();
    await change();
    vi.advanceTimersByTime(1000);
    window.dispatchEvent(new Event('scroll'));
    await change();
    vi.advanceTimersByTime(1000);
    expect(stopped).not.toHaveBeenCalled();
    expect(invalidated).not.toHaveBeenCalled();
  });
});
