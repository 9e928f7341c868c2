// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterParsing } from '../../../entrypoints/detector/after-parsing';
import { browserDispatches } from './trusted-event';

let state: DocumentReadyState = 'loading';

describe('waiting for the page to be parsed', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    state = 'loading';
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => state });
  });
  afterEach(() => {
    vi.useRealTimers();
    delete (document as { readyState?: unknown }).readyState;
  });

  it('runs at once in a page that is no longer loading ("Check this page")', () => {
    state = 'complete';
    const then = vi.fn();
    afterParsing(then);
    expect(then).toHaveBeenCalledOnce();
  });

  it("runs a task after the browser's DOMContentLoaded, once, and not on the page's own copy of the event", () => {
    const then = vi.fn();
    afterParsing(then);
    state = 'interactive';
    document.dispatchEvent(new Event('DOMContentLoaded'));
    vi.advanceTimersByTime(0);
    expect(then).not.toHaveBeenCalled();
    browserDispatches('DOMContentLoaded');
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(then).toHaveBeenCalledOnce();
    browserDispatches('DOMContentLoaded');
    vi.advanceTimersByTime(5_000);
    expect(then).toHaveBeenCalledOnce();
  });

  it('runs when the page stops loading without a DOMContentLoaded (Esc, window.stop())', () => {
    const then = vi.fn();
    afterParsing(then);
    vi.advanceTimersByTime(3_000);
    expect(then).not.toHaveBeenCalled();
    state = 'complete';
    // The next check, then the task after it (a timer set while timers run is due a tick later).
    vi.advanceTimersByTime(1_001);
    expect(then).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(5_000);
    expect(then).toHaveBeenCalledOnce();
  });
});
