import { readCourse } from './generic/course';
import { readLines, textOf, type Line } from './generic/dom/lines';
import { courseHeading, insideChrome, mainHeading, pageScope } from './generic/dom/scope';
import { linesByListing, listingParts, repeatedListings, siteOf, tableListings, type Listing } from './generic/listings';
import type { ExtractedCourse } from './schema';
import { detectFormat, type SiteFormat } from './sites';
import { readStructured, type StructuredHints } from './generic/structured';
import { cleanText } from './parse/clean';
import { findCredits } from './parse/facts';
import { mentionsCe } from './parse/signal';

/** A course and the element it was read from (the badge goes there). */
export interface CourseBlock {
  course: ExtractedCourse;
  element: Element;
}

/** The most listings one page can send (the message schema's limit). */
const MAX_COURSES = 500;
/** Listings of a known shop format read at most: room for the ones that turn out not to be courses. */
const MAX_LISTINGS = 2 * MAX_COURSES;

/**
 * Every CE course a page shows: one for a course page, one per listing for a catalog, none for
 * anything else. Pure: reads the DOM, writes nothing. Never throws. Every reader bounds what it
 * returns (lengths, credit range, real dates), so results pass the `ExtractedCourse` schema by
 * construction; the property test checks that with zod, and the worker validates every message,
 * which keeps zod out of the content script.
 */
export function extractCourses(doc: Document, url: string): ExtractedCourse[] {
  return extractCourseBlocks(doc, url).map((b) => b.course);
}

export function extractCourseBlocks(doc: Document, url: string): CourseBlock[] {
  try {
    if (!doc.body) return [];
    const page = new URL(url);
    const site = detectFormat(doc);
    const hints = readStructured(doc);
    const sponsor = hints.provider ?? hints.siteName ?? page.hostname.replace(/^www\./, '');
    const listings = readCatalog(doc, page, site, sponsor);
    const blocks = listings ?? readPage(doc, page, site, hints, sponsor);
    return distinct(blocks);
  } catch {
    // A page we cannot read is a page without courses, never a broken page.
    return [];
  }
}

const SIGNAL_BUDGET = 12_000;

/**
 * A cheap first look so the content script costs next to nothing on pages that are not about
 * CE: the title and about the first 12,000 characters of the main content (not the site's
 * menus, which come first on many sites; a course's heading and description are in it), a
 * child block at a time with the browser's own `textContent`. As few kinds of DOM call as
 * possible: in a fresh content-script world the first use of each one is what costs.
 */
export function isLikelyCePage(doc: Document): boolean {
  let root: Element | null = doc.querySelector('main, [role="main"], article') ?? doc.body;
  // Single-child wrappers (<div id="page"><div class="inner">…) say nothing: look inside them.
  while (root && root.childElementCount === 1) root = root.firstElementChild;
  let sample = doc.title;
  for (let child = root?.firstElementChild; child && sample.length < SIGNAL_BUDGET; child = child.nextElementSibling) sample += ` ${child.textContent ?? ''}`;
  return mentionsCe(sample.slice(0, SIGNAL_BUDGET * 2));
}

/** Listings of this catalog; [] when the listings link to other sites (search results); null when no catalog. */
function readCatalog(doc: Document, page: URL, site: SiteFormat | null, sponsor: string): CourseBlock[] | null {
  const root = doc.body;
  // Cap first: a shop grid of 100,000 products is read no further than a message can carry.
  const known = site ? [...root.querySelectorAll(site.listingSelector)].filter((e) => !insideChrome(e)).slice(0, MAX_LISTINGS) : [];
  const prices = site && known.length >= 2 ? pricesOf(root, known, site.listingPriceSelector) : null;
  let items: Array<Listing & { lines: Line[] }>;
  if (known.length >= 2) items = known.map((element) => ({ element, parts: listingParts(element, site!.listingTitleSelector), lines: readLines(element) }));
  else {
    const lines = readLines(root);
    const h1 = mainHeading(doc);
    const repeated = repeatedListings(root, lines, h1);
    if (repeated.length >= 2) {
      if (isSinglePage(h1, lines, repeated)) return null;
      const grouped = linesByListing(repeated, lines);
      items = repeated.map((l) => ({ ...l, lines: grouped.get(l.element) ?? [] }));
    } else {
      const rows = tableListings(root).filter((r) => !insideChrome(r.row));
      if (rows.length < 2) return null;
      items = rows.map(({ row, header }) => ({ element: row, parts: listingParts(row), lines: rowLines(row, header) }));
    }
  }
  const blocks: CourseBlock[] = [];
  const home = siteOf(page.href);
  let foreign = 0;
  for (const item of items) {
    const { link, title: titleEl } = item.parts;
    // The DOM resolves the link's href against the page (and its <base>).
    const href = link ? link.href : page.href;
    if (home === null || siteOf(href) !== home) {
      foreign++;
      continue;
    }
    const title = plainText(titleEl ?? link ?? item.element.querySelector('td, th'));
    if (!title) continue;
    const priceEl = prices?.get(item.element) ?? null;
    const course = readCourse(
      // A listing with its own link is on offer; one without must show a price or approval itself.
      { kind: 'listing', title, url: href, sponsor, price: textOf(priceEl) || null, description: null, structuredCredits: null, hasAction: link !== null },
      item.lines,
    );
    if (course) blocks.push({ course, element: item.element });
  }
  // Mostly links elsewhere: a search engine's or aggregator's results, not a sponsor's catalog.
  if (foreign > items.length / 2) return [];
  return blocks.length >= 2 || items.length >= 2 ? blocks : null;
}

/**
 * A course page may list its modules or parts with credits and links, or other courses ("You
 * may also like"); it is still one course when a labelled credit line stands outside those
 * listings, or when its main heading's own block (the largest one around it that holds no
 * listing: a hero, a header) states the course's credits.
 */
function isSinglePage(h1: Element | null, lines: readonly Line[], listings: readonly Listing[]): boolean {
  if (!h1) return false;
  const inListing = (e: Element) => listings.some((l) => l.element.contains(e));
  if (lines.some((l) => /^(?:total\s+)?(?:ce\s+|arrt\s+|ceu\s+)?credits?\s*(?:\([^)]*\))?\s*[:|]/i.test(l.text) && !inListing(l.element))) return true;
  let block = h1;
  while (block.parentElement && !listings.some((l) => block.parentElement!.contains(l.element))) block = block.parentElement;
  return (findCredits(readLines(block).map((l) => l.text)) ?? 0) > 0;
}

function rowLines(row: Element, header: readonly string[]): Line[] {
  return [...row.children].map((cell, i) => {
    const text = textOf(cell);
    return { text: header[i] ? `${header[i]}: ${text}` : text, element: row, heading: '' };
  });
}

function readPage(doc: Document, page: URL, site: SiteFormat | null, hints: StructuredHints, sponsor: string): CourseBlock[] {
  const block = site ? [...doc.querySelectorAll(site.pageSelector)].find((b) => b.querySelector(site.titleSelector) && !insideChrome(b)) : undefined;
  const heading = block?.querySelector(site!.titleSelector) ?? courseHeading(doc);
  const title = textOf(heading) || hints.name;
  if (!title) return [];
  const scope = block ?? pageScope(doc, heading);
  const lines = [...readLines(scope), ...infoBoxes(doc, scope).flatMap((box) => readLines(box))];
  const priceEl = site ? firstOf(scope, site.priceSelector) : null;
  const course = readCourse(
    {
      kind: 'page',
      title,
      url: page.href,
      sponsor,
      price: textOf(priceEl) || hints.price,
      description: hints.description,
      structuredCredits: hints.credits,
      hasAction: hasAction(scope),
    },
    lines,
  );
  return course ? [{ course, element: scope }] : [];
}

/**
 * Course-info boxes in sidebars (LMS pages put credits there), which the main block's reader
 * skips as chrome. A sidebar named for course info is read whole; any other is looked into,
 * box by box (an LMS sidebar stacks "Course details" over "Recently viewed", whose credits are
 * other courses'), for boxes named or headed as course info.
 */
function infoBoxes(doc: Document, scope: Element): Element[] {
  const boxes: Element[] = [];
  for (const side of doc.querySelectorAll('aside, [role="complementary"], [class*="sidebar" i]')) {
    if (side.parentElement?.closest('aside, footer, nav') || (scope.contains(side) && !insideChrome(side))) continue;
    boxes.push(...(isInfoBox(side) ? [side] : [...side.children].filter(isInfoBox)));
  }
  return boxes.slice(0, 3);
}

const INFO_HEADING = /^(?:course|activity|program)\s+(?:info|information|details|summary|overview|facts)|^(?:details|at a glance|ce information|credit information)/i;

function isInfoBox(box: Element): boolean {
  if (/course|info|detail|meta|summary/i.test(`${box.className} ${box.id}`)) return true;
  const heading = box.querySelector('h2, h3, h4, h5, h6, [class*="title" i]');
  return heading !== null && INFO_HEADING.test(textOf(heading));
}

const ACTION = /add to cart|buy now|buy|enroll|register|purchase|start (?:the )?course|take (?:the )?(?:test|course|exam|post-?test)|begin|get started|add to basket/i;

function hasAction(scope: Element): boolean {
  const controls = [...scope.querySelectorAll('button, a[href], input[type="submit"]')].slice(0, 300);
  return controls.some((c) => ACTION.test(c.textContent || c.getAttribute('value') || c.getAttribute('aria-label') || ''));
}

/** A short element's text: `textContent` unless it holds script or style text, which only the line reader skips. */
function plainText(el: Element | null): string {
  if (!el) return '';
  return el.querySelector('script, style, template') ? textOf(el) : cleanText(el.textContent ?? '').replace(/\s+/g, ' ');
}

/** The first match of the first selector in a list that matches: selector lists are in order of preference. */
/**
 * Each listing's price element (the first selector that matches wins, as `firstOf`), found with
 * one query per selector over the page and a walk up to its listing. A query per listing with a
 * descendant selector (`.price ins .amount`) costs the whole document each time in Chromium:
 * a grid of 20,000 products took 5.7 s.
 */
function pricesOf(root: Element, listings: readonly Element[], selectors: string): Map<Element, Element> {
  const mine = new Set(listings);
  const found = new Map<Element, Element>();
  for (const s of selectors.split(',')) {
    for (const price of root.querySelectorAll(s)) {
      let listing = price.parentElement;
      while (listing && !mine.has(listing)) listing = listing.parentElement;
      if (listing && !found.has(listing)) found.set(listing, price);
    }
  }
  return found;
}

function firstOf(root: Element, selectors: string): Element | null {
  for (const s of selectors.split(',')) {
    const el = root.querySelector(s);
    if (el) return el;
  }
  return null;
}

/** Each course once (a page may repeat a listing), at most as many as one message may carry. */
function distinct(blocks: readonly CourseBlock[]): CourseBlock[] {
  const out: CourseBlock[] = [];
  const seen = new Set<string>();
  for (const b of blocks) {
    const key = `${b.course.title}\u0000${b.course.url}`;
    if (!seen.has(key) && out.length < MAX_COURSES) {
      seen.add(key);
      out.push(b);
    }
  }
  return out;
}
