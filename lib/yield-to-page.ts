/**
 * Lets the page run before our next slice of work: a catalog's chips are mounted in slices so no
 * task of ours blocks the page for long (a main-thread task over 50 ms is a long task).
 * `scheduler.yield` where the browser has it (Chromium: continues ahead of other queued tasks),
 * else a message through a channel (a new task without setTimeout's 4 ms clamp when nested).
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** How long one slice may run before yielding: well under 50 ms, leaving the page room in the same frame. */
export const SLICE_MS = 8;

/**
 * Runs work that pauses (a generator: `yield` where it may stop, `return` its result), letting the
 * page run whenever a slice has run `SLICE_MS`; ends early, with `undefined`, when `stopped()`
 * turns true while waiting (the work was replaced or retired).
 */
export async function runInSlices<R>(steps: Generator<void, R, void>, stopped: () => boolean = () => false, now = () => performance.now()): Promise<R | undefined> {
  let sliceEnd = now() + SLICE_MS;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (now() > sliceEnd) {
      await yieldToPage();
      if (stopped()) return undefined;
      sliceEnd = now() + SLICE_MS;
    }
  }
}

/** Longest wait for a frame where none comes (a tab in the background renders no frames). */
const FRAME_WAIT_MS = 100;

/** Resolves in a task after the page's next frame is rendered (or after `FRAME_WAIT_MS`, whichever comes first). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, FRAME_WAIT_MS);
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      setTimeout(resolve, 0);
    });
  });
}

/**
 * Calls `each` on `perFrame` items at a time, one batch per frame. For work the page must then
 * render (elements inserted): slices that yield with `yieldToPage` run ahead of rendering, so the
 * page would lay everything out in one task after the last slice (a 1,000-listing catalog's
 * hosts: one 390 ms rendering task); a batch a frame keeps each frame's rendering small.
 */
export async function inFrames<T>(items: readonly T[], perFrame: number, each: (item: T) => void, stopped: () => boolean, pause = nextFrame): Promise<void> {
  for (let i = 0; i < items.length; i += perFrame) {
    if (i > 0) {
      await pause();
      if (stopped()) return;
    }
    items.slice(i, i + perFrame).forEach(each);
  }
}
