/**
 * Calls `then` once the page's HTML is parsed and its own DOMContentLoaded handlers have run (a
 * task later: pages that build their content in those handlers have built it); at once when that
 * time has passed ("Check this page" injects us into a loaded page).
 *
 * Why the manifest starts the detector at `document_start` and it waits here, rather than letting
 * Chromium start it at `document_idle`: a page's load event waits for the scripts Chromium injects
 * at `document_end` or `document_idle`, an empty one included, and on the benchmark's large page
 * it came ~145 ms later (load 97 ms with no content script, 246 ms with an empty `document_idle`
 * one, 99 ms with a `document_start` one that reads the page at DOMContentLoaded; 30 alternating
 * loads each, npm run bench's non-CE page).
 */
export function afterParsing(then: () => void): void {
  if (document.readyState !== 'loading') return then();
  document.addEventListener('DOMContentLoaded', () => setTimeout(then, 0), { once: true });
}
