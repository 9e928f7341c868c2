import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** A burst of changes gets one look, this long after it starts: long enough for a render to finish. */
const SETTLE_MS = 500;
/** How long after a page load or an in-app navigation late content is waited for. */
const WINDOW_MS = 15_000;
/** A page that never stops changing (a ticker, a carousel) costs this many first looks at most. */
const MAX_LOOKS = 6;

/**
 * Looks again (`look` returns whether it found courses) while the page's content changes, until
 * courses are found, for at most `WINDOW_MS` and `MAX_LOOKS` looks. Learning platforms and
 * single-page shops render their courses with their own scripts, often after `document_idle`,
 * when the detector's first look found nothing. `lookNow` also looks once even if nothing
 * changes (after an in-app navigation). Returns the function that stops watching.
 */
export function lookWhileChanging(ctx: ContentScriptContext, look: () => boolean, lookNow = false): () => void {
  let looks = 0;
  let pending: number | undefined;
  const schedule = () => {
    pending ??= ctx.setTimeout(() => {
      pending = undefined;
      if (look() || ++looks >= MAX_LOOKS) stop();
    }, SETTLE_MS);
  };
  const observer = new MutationObserver(schedule);
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
