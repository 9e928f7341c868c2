/** A burst of changes gets one look, this long after it starts: long enough for a render to finish. */
const SETTLE_MS = 500;
/** How long changes are watched after a page load, an in-app navigation or the user's last click, key or scroll. */
const WINDOW_MS = 15_000;
/** A page that never stops changing (a ticker, a carousel) costs this many looks at most per window. */
const MAX_LOOKS = 6;
/**
 * Looks a page gets without the user doing anything (in-app navigations it makes by itself
 * included): then the detector rests until the user clicks, types or scrolls.
 */
export const PAGE_BUDGET = 20;
/** What the user does that may bring new content: "Load more", a filter, infinite scrolling. */
const INTERACTIONS = ['click', 'keydown', 'scroll'] as const;

/** Looks left until the user acts again; shared by every watch of one page (navigations included). */
export interface Budget {
  left: number;
}

export const pageBudget = (): Budget => ({ left: PAGE_BUDGET });

/**
 * Calls `look` again while the page's content changes: learning platforms and single-page shops
 * render their courses with their own scripts, often after DOMContentLoaded, and "Load more" or
 * infinite scrolling adds listings to a catalog. Changes are watched for `WINDOW_MS` after the
 * start and after each click, key press or scroll *by the user* (`isTrusted`: a page's script can
 * dispatch those events, and must not keep us busy), at most `MAX_LOOKS` looks each time and
 * `budget` looks until the user acts. Our own badges being added or removed is no change.
 * `lookNow` also looks once even if nothing changes (after an in-app navigation). Returns the
 * function that stops watching; it removes everything this watch added, so a page that
 * navigates ten thousand times costs the same per navigation as one that navigates once.
 */
export function lookWhileChanging(host: string, look: () => void, budget: Budget, lookNow = false): () => void {
  let looks = 0;
  let watching = false;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;
  const ours = (node: Node) => node.nodeName.toLowerCase() === host;
  const observer = new MutationObserver((records) => {
    if (records.some((r) => r.type !== 'childList' || ![...r.addedNodes, ...r.removedNodes].every(ours))) schedule();
  });
  function schedule() {
    if (budget.left <= 0) return pause();
    pending ??= setTimeout(() => {
      pending = undefined;
      budget.left--;
      look();
      if (++looks >= MAX_LOOKS || budget.left <= 0) pause();
    }, SETTLE_MS);
  }
  function watch() {
    looks = 0;
    clearTimeout(deadline);
    deadline = setTimeout(pause, WINDOW_MS);
    if (!watching) observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    watching = true;
  }
  function pause() {
    observer.disconnect();
    watching = false;
    clearTimeout(pending);
    pending = undefined;
    clearTimeout(deadline);
  }
  const userActed = (e: Event) => {
    if (!e.isTrusted) return;
    budget.left = PAGE_BUDGET;
    watch();
  };
  const listening = new AbortController();
  for (const type of INTERACTIONS) window.addEventListener(type, userActed, { capture: true, passive: true, signal: listening.signal });
  watch();
  if (lookNow) schedule();
  return () => {
    pause();
    listening.abort();
  };
}
