import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** A burst of changes gets one look, this long after it starts: long enough for a render to finish. */
const SETTLE_MS = 500;
/** How long after a page load or an in-app navigation changes are watched. */
const WINDOW_MS = 15_000;
/** A page that never stops changing (a ticker, a carousel) costs this many looks at most. */
const MAX_LOOKS = 6;

/**
 * Calls `look` again while the page's content changes, for `WINDOW_MS` and at most `MAX_LOOKS`
 * times: learning platforms and single-page shops render their courses with their own scripts,
 * often after `document_idle`, and "load more" adds listings to a catalog. Our own badges being
 * added or removed is no change. `lookNow` also looks once even if nothing changes (after an
 * in-app navigation). Returns the function that stops watching.
 */
export function lookWhileChanging(ctx: ContentScriptContext, host: string, look: () => void, lookNow = false): () => void {
  let looks = 0;
  let pending: number | undefined;
  const schedule = () => {
    pending ??= ctx.setTimeout(() => {
      pending = undefined;
      look();
      if (++looks >= MAX_LOOKS) stop();
    }, SETTLE_MS);
  };
  const ours = (node: Node) => node.nodeName.toLowerCase() === host;
  const observer = new MutationObserver((records) => {
    if (records.some((r) => r.type !== 'childList' || ![...r.addedNodes, ...r.removedNodes].every(ours))) schedule();
  });
  const deadline = ctx.setTimeout(() => stop(), WINDOW_MS);
  function stop() {
    observer.disconnect();
    clearTimeout(pending);
    clearTimeout(deadline);
  }
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  if (lookNow) schedule();
  ctx.onInvalidated(stop);
  return stop;
}
