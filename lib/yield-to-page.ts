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
 * Calls `each` on every item, yielding to the page whenever a slice has run `SLICE_MS`; stops
 * early when `stopped()` turns true (the work was replaced or retired while waiting).
 */
export async function inSlices<T>(items: readonly T[], each: (item: T) => void, stopped: () => boolean, now = () => performance.now()): Promise<void> {
  let sliceEnd = now() + SLICE_MS;
  for (const item of items) {
    if (now() > sliceEnd) {
      await yieldToPage();
      if (stopped()) return;
      sliceEnd = now() + SLICE_MS;
    }
    each(item);
  }
}
