// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lookWhileChanging, PAGE_BUDGET, pageBudget } from '../../../entrypoints/detector/look-again';
import { browserDispatches } from './trusted-event';

const HOST = 'ce-companion-badge';
const watch = (look: () => void, lookNow = false) => lookWhileChanging(HOST, look, pageBudget(), lookNow);
/** What the user does: an event the browser marks as theirs (`isTrusted`). */
const userDoes = browserDispatches;
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
    watch(look);
    await change();
    await change();
    vi.advanceTimersByTime(499);
    expect(look).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(look).toHaveBeenCalledTimes(1);
  });

  it('our own badges coming and going are no change', async () => {
    const look = vi.fn();
    watch(look);
    await change(document.createElement(HOST));
    vi.advanceTimersByTime(1000);
    expect(look).not.toHaveBeenCalled();
  });

  it('a page that never stops changing costs six looks at most, and nothing after fifteen seconds', async () => {
    const look = vi.fn();
    watch(look);
    for (let i = 0; i < 10; i++) {
      await change();
      vi.advanceTimersByTime(600);
    }
    expect(look).toHaveBeenCalledTimes(6);

    const later = vi.fn();
    watch(later);
    vi.advanceTimersByTime(15_000);
    await change();
    vi.advanceTimersByTime(1000);
    expect(later).not.toHaveBeenCalled();
  });

  it('a click, key or scroll by the user opens the watch again: "Load more" long after the page loaded', async () => {
    const look = vi.fn();
    watch(look);
    vi.advanceTimersByTime(60_000);
    await change();
    vi.advanceTimersByTime(1000);
    expect(look).not.toHaveBeenCalled();
    userDoes('click');
    await change();
    vi.advanceTimersByTime(500);
    expect(look).toHaveBeenCalledTimes(1);
  });

  it('a page dispatching clicks, keys and scrolls itself does not open the watch again (issue #18, 5)', async () => {
    const look = vi.fn();
    watch(look);
    vi.advanceTimersByTime(60_000);
    for (let second = 0; second < 30; second++) {
      for (const type of ['scroll', 'click', 'keydown']) window.dispatchEvent(new Event(type));
      await change();
      vi.advanceTimersByTime(1000);
    }
    expect(look).not.toHaveBeenCalled();
  });

  it('looks without the user acting are budgeted per page, in-app navigations included; the user acting refills it (issue #18, 5)', async () => {
    const look = vi.fn();
    const budget = pageBudget();
    // A page that navigates by itself once a second, forever, and changes after each.
    for (let i = 0; i < 100; i++) {
      const stop = lookWhileChanging(HOST, look, budget, true);
      await change();
      vi.advanceTimersByTime(1000);
      stop();
    }
    expect(look).toHaveBeenCalledTimes(PAGE_BUDGET);
    lookWhileChanging(HOST, look, budget, true);
    userDoes('scroll');
    await change();
    vi.advanceTimersByTime(500);
    expect(look).toHaveBeenCalledTimes(PAGE_BUDGET + 1);
  });

  it('each in-app navigation leaves nothing behind: the listeners added are all removed when it ends (issue #18, 6)', () => {
    const added = vi.spyOn(window, 'addEventListener');
    const before = { timers: vi.getTimerCount() };
    for (let i = 0; i < 1000; i++) lookWhileChanging(HOST, () => {}, pageBudget(), true)();
    expect(vi.getTimerCount()).toBe(before.timers);
    // Every listener was added with the watch's own signal, aborted by its stop.
    const signals = added.mock.calls.map((c) => (c[2] as AddEventListenerOptions).signal!);
    expect(signals.length).toBe(3000);
    expect(signals.every((s) => s.aborted)).toBe(true);
    added.mockRestore();
  });

  it('after an in-app navigation it looks once even if nothing changes; stopping ends it', async () => {
    const look = vi.fn();
    watch(look, true);
    vi.advanceTimersByTime(500);
    expect(look).toHaveBeenCalledTimes(1);

    const stopped = vi.fn();
    watch(stopped)();
    await change();
    vi.advanceTimersByTime(1000);
    userDoes('scroll');
    await change();
    vi.advanceTimersByTime(1000);
    expect(stopped).not.toHaveBeenCalled();
  });
});
