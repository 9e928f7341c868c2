import type { Steps } from './extract/steps';

/**
 * Lets the page run before our next slice of work: a catalog is read and its chips are mounted in
 * slices so no task of ours blocks the page for long (a main-thread task over 50 ms is a long
 * task). A message through a channel: a new task, queued behind what is already waiting (the
 * page's own tasks), without setTimeout's 4 ms clamp when nested. Not `scheduler.yield`: its
 * continuations run ahead of every queued task, so the page's work waited until a 200-listing
 * catalog was read (traced when the badge script was injected during the reading: it ran ~90 ms
 * after the detector started, ~20 ms with a channel).
 */
export function yieldToPage(): Promise<void> {
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
 * page run whenever a slice has run `SLICE_MS`, or for as long as `pause()` says when it returns a
 * promise (it is asked after every step); ends early, with `undefined`, when `stopped()` turns
 * true while waiting (the work was replaced or retired).
 */
export async function runInSlices<R>(steps: Steps<R>, stopped: () => boolean = () => false, pause: () => Promise<unknown> | null = () => null, now = () => performance.now()): Promise<R | undefined> {
  let sliceEnd = now() + SLICE_MS;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    const asked = pause();
    if (asked || now() > sliceEnd) {
      await (asked ?? yieldToPage());
      if (stopped()) return undefined;
      sliceEnd = now() + SLICE_MS;
    }
  }
}

/** Longest wait for a frame where none comes (a tab in the background renders no frames). */
const FRAME_WAIT_MS = 100;

/**
 * Resolves in a task after the page's next frame is rendered (or after `FRAME_WAIT_MS`, whichever
 * comes first), with how long that rendering took: from the frame's animation callbacks, which run
 * before its style, layout and paint, to the first task after it.
 */
export function nextFrame(now = () => performance.now()): Promise<number> {
  return new Promise((resolve) => {
    // No frame came: a tab in the background renders none (free to go on), a page too busy to render one is dear.
    const fallback = setTimeout(() => resolve(globalThis.document?.hidden ? 0 : FRAME_WAIT_MS), FRAME_WAIT_MS);
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      const rendering = now();
      setTimeout(() => resolve(now() - rendering), 0);
    });
  });
}

/** What a frame of inserted elements may cost before the next batch stops growing, our script and the page's rendering of them together: under a long task (50 ms). */
const FRAME_BUDGET_MS = 40;

/**
 * Calls `each` on a batch of items per frame, for work the page must then render (elements
 * inserted). Slices that yield with `yieldToPage` run ahead of rendering, so the page would lay
 * everything out in one task after the last slice (a 1,000-listing catalog's hosts: one 390 ms
 * rendering task). What a frame costs is mostly the page's, not ours: an element inserted in the
 * flow moves everything below it, so on a 1,000-listing catalog a frame with 8 hosts costs about
 * as much as one with 25 (~30 ms of CPU each, traced; `npm run bench` measures this relayout as a
 * control). So batches start at `first` and double while a frame costs less than
 * `FRAME_BUDGET_MS`, stay as they are when one costs up to twice that, and halve, down to `first`,
 * when one costs more: frames stay under twice the budget unless the page's own relayout is
 * dearer. A frame's time is wall-clock: on a busy machine (our own chip frames loading in another
 * process) it looks dear, and a batch kept too small only multiplies the page's relayouts.
 */
export async function inFrames<T>(items: readonly T[], first: number, each: (item: T) => void, stopped: () => boolean, pause: () => Promise<number> = nextFrame, now = () => performance.now()): Promise<void> {
  const least = Math.max(1, first);
  let size = least;
  for (let i = 0; i < items.length; ) {
    const start = now();
    const batch = items.slice(i, i + size);
    batch.forEach(each);
    i += batch.length;
    if (i >= items.length) return;
    const script = now() - start;
    const cost = script + (await pause());
    if (stopped()) return;
    if (cost <= FRAME_BUDGET_MS) size *= 2;
    else if (cost > 2 * FRAME_BUDGET_MS) size = Math.max(least, Math.floor(size / 2));
  }
}
