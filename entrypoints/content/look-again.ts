import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** A burst of changes gets one look, this long after it starts: long enough for a render to finish. */
const SETTLE_MS = 500;
/** How long changes are watched after a page load, an in-app navigation or the user's last click, key or scroll. */
const WINDOW_MS = 15_000;
/** A page that never stops changing (a ticker, a carousel) costs this many looks at most per window. */
const MAX_LOOKS = 6;
/** What the user does that may bring new content: "Load more", a filter, infinite scrolling. */
const INTERACTIONS = ['click', 'keydown', 'scroll'] as const;

/**
 * Calls `look` again while the page's content changes: learning platforms and single-page shops
 * render their courses with their own scripts, often after `document_idle`, and "Load more" or
 * infinite scrolling adds listings to a catalog. Changes are watched for `WINDOW_MS` after the
 * start and after each click, key press or scroll (at most `MAX_LOOKS` looks each time), so a page
 * that changes by itself forever costs a few looks, and one the user works in is followed. Our
 * own badges being added or removed is no change. `lookNow` also looks once even if nothing
 * changes (after an in-app navigation). Returns the function that stops watching.
 */
export function lookWhileChanging(ctx: ContentScriptContext, host: string, look: () => void, lookNow = false): () => void {
  let looks = 0;
  let watching = false;
  let pending: number | undefined;
  let deadline: number | undefined;
  const ours = (node: Node) => node.nodeName.toLowerCase() === host;
  const observer = new MutationObserver((records) => {
    if (records.some((r) => r.type !== 'childList' || ![...r.addedNodes, ...r.removedNodes].every(ours))) schedule();
  });
  function schedule() {
    pending ??= ctx.setTimeout(() => {
      pending = undefined;
      look();
      if (++looks >= MAX_LOOKS) pause();
    }, SETTLE_MS);
  }
  function watch() {
    looks = 0;
    clearTimeout(deadline);
    deadline = ctx.setTimeout(pause, WINDOW_MS);
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
  const listening = new AbortController();
  for (const type of INTERACTIONS) window.addEventListener(type, watch, { capture: true, passive: true, signal: listening.signal });
  const stop = () => {
    pause();
    listening.abort();
  };
  watch();
  if (lookNow) schedule();
  ctx.onInvalidated(stop);
  return stop;
}
