import type { readCourseBlocks } from '../../lib/extract';

/** The reading of a page's courses (lib/extract), in steps the detector runs in slices. */
export type PageReader = typeof readCourseBlocks;

/**
 * The detector carries only the first look at a page (lib/extract/likely-ce-page.ts); the reading
 * comes with the reader script, which the worker injects with the badge script into a page that
 * reads as CE. A page that is not about CE compiles and runs none of it: it was 46 of the
 * detector's 53 KB (minified). Like the badge's hand-off (handoff.ts), they meet in the
 * extension's isolated world under a symbol key that page markup cannot clobber.
 */
const KEY = Symbol.for('ce-companion.page-reader');
interface Slot {
  read?: PageReader;
  /** Resolves `offered` once the reader script runs. */
  offer?: (read: PageReader) => void;
  offered?: Promise<PageReader>;
}

function slot(): Slot {
  const holder = globalThis as unknown as Record<symbol, Slot | undefined>;
  return (holder[KEY] ??= {});
}

/** The reader script offers the reading. */
export function offerReader(read: PageReader): void {
  const s = slot();
  s.read = read;
  s.offer?.(read);
}

/** The reading, if the reader script has run in this frame. */
export function pageReader(): PageReader | undefined {
  return slot().read;
}

/** Resolves with the reading once the reader script has run in this frame (at once if it has). */
export function readerOffered(): Promise<PageReader> {
  const s = slot();
  if (s.read) return Promise.resolve(s.read);
  return (s.offered ??= new Promise((resolve) => (s.offer = resolve)));
}
