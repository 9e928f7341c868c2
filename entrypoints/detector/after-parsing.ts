/**
 * Calls `then` once the page's HTML is parsed and its own DOMContentLoaded handlers have run (a
 * task later: pages that build their content in those handlers have built it); at once when the
 * page is no longer loading ("Check this page" injects us into a loaded page).
 *
 * Why the manifest starts the detector at `document_start` and it waits here, rather than letting
 * Chromium start it at `document_idle`: a page's load event waits for the scripts Chromium injects
 * at `document_end` or `document_idle`, an empty one included. On the benchmark's large non-CE
 * page (30 alternating loads each, 2026-12-02 16:06 UTC): 97 ms with no content script, 246 ms
 * with an empty `document_idle` one, 99 ms with a `document_start` one that reads the page's text
 * at DOMContentLoaded (npm run bench keeps both empty ones as controls).
 *
 * The page cannot hold us up or hurry us: our listener is the window's first (registered before
 * any page script), in the capture phase, and takes only the browser's own event. A parse that
 * never finishes normally (the user pressing Esc, `window.stop()`, `document.open()`, which drops
 * every listener) fires no DOMContentLoaded: a once-a-second check of `readyState` covers it.
 * A page that opens its document and never closes it stays loading: we never look at it.
 */
export function afterParsing(then: () => void): void {
  if (document.readyState !== 'loading') return then();
  const parsed = (event?: Event) => {
    if ((event && !event.isTrusted) || document.readyState === 'loading') return;
    window.removeEventListener('DOMContentLoaded', parsed, true);
    clearInterval(check);
    setTimeout(then, 0);
  };
  window.addEventListener('DOMContentLoaded', parsed, true);
  const check = setInterval(() => parsed(), 1000);
}
