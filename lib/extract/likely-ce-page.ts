import { mentionsCe } from './parse/signal';

const SIGNAL_BUDGET = 12_000;

/**
 * A cheap first look so the content script costs next to nothing on pages that are not about
 * CE: the title and about the first 12,000 characters of the main content (not the site's
 * menus, which come first on many sites; a course's heading and description are in it), a
 * child block at a time with the browser's own `textContent`. As few kinds of DOM call as
 * possible: in a fresh content-script world the first use of each one is what costs.
 * A module of its own: the detector carries this look and nothing else of the reading
 * (entrypoints/reader), so a page that is not about CE compiles none of it.
 */
export function isLikelyCePage(doc: Document): boolean {
  let root: Element | null = doc.querySelector('main, [role="main"], article') ?? doc.body;
  // Single-child wrappers (<div id="page"><div class="inner">…) say nothing: look inside them.
  while (root && root.childElementCount === 1) root = root.firstElementChild;
  let sample = doc.title;
  for (let child = root?.firstElementChild; child && sample.length < SIGNAL_BUDGET; child = child.nextElementSibling) sample += ` ${child.textContent ?? ''}`;
  return mentionsCe(sample.slice(0, SIGNAL_BUDGET * 2));
}
