/**
 * Work that pauses (`yield`) every so often and `return`s its result, so that its driver can let
 * the page run in between: a 1,000-listing catalog read in one go is a task of hundreds of
 * milliseconds on a slow machine (a main-thread task over 50 ms is a long task). Nothing here
 * knows about time or the browser's scheduler: lib/yield-to-page.ts drives steps in a page,
 * `toEnd` runs them through (tests, and readers of short texts).
 */
export type Steps<R> = Generator<void, R, void>;

export function toEnd<R>(steps: Steps<R>): R {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
