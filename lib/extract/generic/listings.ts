import { readLines, type Line } from './dom/lines';
import type { Steps } from '../steps';
import { findCredits, findCreditStatement, statesCredits } from '../parse/facts';
import { labelWithValue } from '../parse/labels';
import { PART_TITLE } from './title';

/**
 * Catalog pages (shop grids, card lists, course tables) hold one course per listing
 * (sponsor-pages.md, "Catalogs"). A listing is found generically as the repeated sibling
 * element that holds a credit statement and a link to its own course page (or a title, when
 * the cards are not links). A block holding the page's main heading is never a listing: a
 * catalog's heading is above its listings, while a course page's hero block has a heading,
 * credits and an "Enroll" link much like a card.
 */
function* repeatedListings(root: Element, lines: readonly Line[], mainHeading: Element | null = null): Steps<Listing[]> {
  const counts = new Map<Element, number>();
  const top = root.parentElement;
  for (const [i, line] of lines.entries()) {
    if (i % LINES_PER_STEP === 0) yield;
    if (!statesCredits(line.text) && !statesCredits(labelWithValue(line.text, lines[i + 1]?.text) ?? '')) continue;
    for (let e: Element | null = line.element; e && e !== top; e = e.parentElement) counts.set(e, (counts.get(e) ?? 0) + 1);
  }
  const parts = new Map<Element, ListingParts>();
  const partsOf = (e: Element) => parts.get(e) ?? parts.set(e, listingParts(e)).get(e)!;
  const groups: Listing[][] = [];
  for (const [parent, n] of counts) {
    if (n < 2) continue;
    yield;
    const holdsHeading = mainHeading !== null && parent.contains(mainHeading);
    const byTag = new Map<string, Listing[]>();
    for (const child of parent.children) {
      // A row or cell holding a table is page layout (old table sites), not a listing.
      if (!counts.has(child) || !(partsOf(child).link || partsOf(child).title) || child.querySelector('table')) continue;
      if (holdsHeading && child.contains(mainHeading)) continue;
      const list = byTag.get(child.tagName) ?? [];
      list.push({ element: child, parts: partsOf(child) });
      byTag.set(child.tagName, list);
    }
    for (const list of byTag.values()) {
      const group = catalogGroup(list);
      if (group) groups.push(group);
    }
  }
  // Largest groups first; a group wrapping already chosen listings (a section of lists) is not itself one.
  groups.sort((a, b) => b.length - a.length);
  const chosen: Listing[] = [];
  for (const group of groups) {
    if (group.some((g) => chosen.some((c) => c.element.contains(g.element) || g.element.contains(c.element)))) continue;
    chosen.push(...group);
  }
  return chosen;
}

/** A line that opens with a credit label ("CE Credits: 2", "Credit Hours | 2.5"). */
const LABEL_FIRST = /^(?:total\s+|number\s+of\s+)?(?:ce\s+|arrt\s+|ceu\s+|category\s+a\s+)?(?:credits?|ceus?|contact\s+hours?)\b/i;

/**
 * A course page may list its modules or parts with credits and links, or other courses ("You
 * may also like"); it is still one course when a labelled credit line stands outside those
 * listings, or when its main heading's own block (the largest one around it that holds no
 * listing: a hero, a header) states the course's credits.
 */
function isSinglePage(h1: Element | null, lines: readonly Line[], listings: readonly Listing[]): boolean {
  const inListing = (e: Element) => listings.some((l) => l.element.contains(e));
  if (lines.some((l) => LABEL_FIRST.test(l.text) && !inListing(l.element) && findCreditStatement([l.text])?.labelled)) return true;
  if (!h1) return false;
  let block = h1;
  while (block.parentElement && !listings.some((l) => block.parentElement!.contains(l.element))) block = block.parentElement;
  return (findCredits(readLines(block).map((l) => l.text)) ?? 0) > 0;
}

/**
 * Listings each linking to their own course page; or, on a catalog whose cards are not links,
 * at least three titled listings (fewer could be the parts of one course).
 */
function catalogGroup(list: Listing[]): Listing[] | null {
  const linked = list.filter((l) => l.parts.link);
  if (new Set(linked.map((l) => l.parts.link!.getAttribute('href'))).size >= 2) return linked;
  return linked.length === 0 && list.length >= 3 && list.every((l) => l.parts.title) ? list : null;
}

/** One listing of a catalog: its element, title and the link to its course page. */
export interface Listing {
  element: Element;
  parts: ListingParts;
}

/** A catalog listing and its lines of text. */
export type ListingItem = Listing & { lines: Line[] };

/**
 * The page's repeated listings (`repeatedListings`) with their lines; null when there are fewer
 * than two; `single` when they are the parts of one course, or other courses, on a course page
 * (`isSinglePage`: their lines are not read). `complete`: `lines` are the first of the page's,
 * and the listing the last of them is in may go on past it: that one is left out.
 */
export function* listingsWithLines(root: Element, lines: readonly Line[], h1: Element | null, complete = false): Steps<{ single: boolean; items: ListingItem[] } | null> {
  const repeated = yield* repeatedListings(root, lines, h1);
  if (repeated.length < 2) return null;
  if (isSinglePage(h1, lines, repeated)) return { single: true, items: repeated.map((l) => ({ ...l, lines: [] })) };
  yield;
  const last = lines[lines.length - 1]?.element;
  const listings = complete && last ? repeated.filter((l) => !l.element.contains(last)) : repeated;
  const grouped = yield* linesByListing(listings, lines);
  return { single: false, items: listings.map((l) => ({ ...l, lines: grouped.get(l.element) ?? [] })) };
}

export interface ListingParts {
  title: Element | null;
  link: HTMLAnchorElement | null;
}

const TITLE = 'h2, h3, h4, h5, h6, [class*="title" i]';

/** A listing's title element and the link it points to its course with: the title's link if it has one, else its first real link. */
export function listingParts(item: Element, titleSelector = TITLE): ListingParts {
  const title = item.querySelector(titleSelector);
  const inTitle = title ? (title.closest('a[href]') ?? title.querySelector('a[href]')) : null;
  if (inTitle && item.contains(inTitle) && isReal(inTitle)) return { title, link: inTitle as HTMLAnchorElement };
  for (const a of item.querySelectorAll('a[href]')) {
    // Offers written as paragraphs name their course in bold, beside an "Order" link.
    if (isReal(a)) return { title: title ?? boldLead(item), link: a as HTMLAnchorElement };
  }
  return { title, link: null };
}

/** A bold run that opens a listing's text: its title, on pages that style titles by hand. */
function boldLead(item: Element): Element | null {
  const bold = item.querySelector('strong, b');
  const text = bold?.textContent?.trim() ?? '';
  return bold && text.length >= 6 && text.length <= 150 && (item.textContent ?? '').trimStart().startsWith(text) ? bold : null;
}

/** Lines weighed between pauses (lib/extract/steps.ts): a few milliseconds' work. */
const LINES_PER_STEP = 200;

/** `Node.DOCUMENT_POSITION_*` (no DOM globals here: lib/ runs under Node in tests). */
const FOLLOWING = 4;
const CONTAINED_BY = 16;

/**
 * The root's lines, each given to the listing that holds it. Lines and listings are both in
 * document order, so one sweep with `contains` does it, without a lookup per ancestor.
 */
function* linesByListing(listings: readonly Listing[], lines: readonly Line[]): Steps<Map<Element, Line[]>> {
  const byElement = new Map<Element, Line[]>(listings.map((l) => [l.element, []]));
  const ordered = [...listings].sort((a, b) => (a.element.compareDocumentPosition(b.element) & FOLLOWING ? -1 : 1));
  yield;
  let i = 0;
  for (const [n, line] of lines.entries()) {
    if (n % LINES_PER_STEP === 0) yield;
    while (i < ordered.length) {
      const listing = ordered[i]!.element;
      const position = listing === line.element ? CONTAINED_BY : listing.compareDocumentPosition(line.element);
      if (position & CONTAINED_BY) {
        byElement.get(listing)!.push(line);
        break;
      }
      // Past this listing: the next one may hold it. Before it: the line is in no listing.
      if (position & FOLLOWING) i++;
      else break;
    }
  }
  return byElement;
}

function isReal(a: Element): boolean {
  const href = a.getAttribute('href') ?? '';
  return href !== '' && !href.startsWith('#') && !/^(?:javascript|mailto|tel):/i.test(href);
}

/**
 * Course tables: a header row naming a credits column and a title column, and body rows.
 * A distribution table (Discipline | Category | Credits) has no title column, so it is not a catalog.
 */
export function tableListings(root: Element): Array<{ row: Element; header: string[] }> {
  const found: Array<{ row: Element; header: string[] }> = [];
  for (const table of [...root.querySelectorAll('table')].slice(0, 50)) {
    const rows = [...table.querySelectorAll('tr')];
    const head = rows[0];
    if (!head || rows.length < 3) continue;
    const header = [...head.children].map((c) => (c.textContent ?? '').trim());
    if (!header.some((h) => /credit|ceu|hours|hrs|\bce\b/i.test(h)) || !header.some((h) => /course|title|activity|program|name/i.test(h))) continue;
    for (const row of rows.slice(1)) if (row.querySelector('td')) found.push({ row, header });
  }
  return found;
}

/**
 * The site of an absolute http(s) URL, null for any other scheme: registrable-ish (the last two
 * labels of the host name; host and port for an IP address). A listing that links to another
 * site is not this sponsor's course. Read from the URL's text: one `href` read per link instead
 * of a DOM URL getter per part.
 */
export function siteOf(href: string): string | null {
  const host = /^https?:\/\/(?:[^/?#@]*@)?([^/?#]*)/i.exec(href)?.[1]?.toLowerCase();
  if (host === undefined) return null;
  if (/^[\d.]+(?::\d+)?$|^\[/.test(host)) return host;
  return host.replace(/:\d+$/, '').split('.').slice(-2).join('.');
}

/** A heading of a prose catalog and the lines under it, up to the next heading of its level or above. */
export interface Section {
  heading: Element;
  lines: Line[];
}

const SECTION_HEADING = /^H[2-4]$/;

/**
 * Prose catalogs: offers one after another, each a heading and its paragraphs with nothing
 * wrapping each (a society's CE page with one block per activity). Each heading whose own lines
 * state credits is an offer; it takes at least two, at one heading level, and a page whose text
 * before the first of them states credits is one course with parts.
 */
export function sectionListings(lines: readonly Line[]): Section[] {
  const sections: Section[] = [];
  let level = '';
  let intro = true;
  let introCredits = false;
  let current: Section | null = null;
  for (const line of lines) {
    const tag = line.element.tagName;
    if (SECTION_HEADING.test(tag) && line.element.textContent?.trim() === line.text && (!level || tag <= level)) {
      if (!level) level = tag;
      if (tag === level) {
        current = PART_TITLE.test(line.text) ? null : { heading: line.element, lines: [] };
        if (current) sections.push(current);
        intro = false;
        continue;
      }
      current = null;
    }
    if (intro) introCredits ||= statesCredits(line.text);
    else current?.lines.push(line);
  }
  const offers = sections.filter((s) => s.lines.some((l) => statesCredits(l.text)));
  return introCredits || offers.length < 2 ? [] : offers;
}
