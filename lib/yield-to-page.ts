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

/** Calls `each` on every item in slices (`runInSlices`). */
export async function inSlices<T>(items: readonly T[], each: (item: T) => void, stopped: () => boolean, now = () => performance.now()): Promise<void> {
  await runInSlices(
    (function* () {
      for (const item of items) {
        each(item);
        yield;
      }
    })(),
    stopped,
    now,
  );
}
