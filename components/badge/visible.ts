/** How long the panel must have been fully visible before a click on it counts. */
const MIN_VISIBLE_MS = 300;

type Entry = IntersectionObserverEntry & { isVisible?: boolean };

/**
 * Whether `target` is really visible to the user right now, and has been for a moment: not
 * covered by anything (a decoy laid over it, even with `pointer-events: none`), not faded, not
 * transformed or filtered by the page around our frame. IntersectionObserver v2
 * (`trackVisibility`) computes this in the browser, across the frame boundary, where the page
 * cannot lie about it. A browser without it (Firefox) answers true: the frame still keeps what
 * is shown private, only this check is missing there.
 */
export function trackVisibility(target: Element): () => boolean {
  if (!('isVisible' in IntersectionObserverEntry.prototype)) return () => true;
  let since: number | null = null;
  const options = { threshold: [0, 1], trackVisibility: true, delay: 100 } as IntersectionObserverInit;
  new IntersectionObserver((entries) => {
    for (const e of entries as Entry[]) since = e.isVisible ? (since ?? performance.now()) : null;
  }, options).observe(target);
  return () => since !== null && performance.now() - since >= MIN_VISIBLE_MS;
}
