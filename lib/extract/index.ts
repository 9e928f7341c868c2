import { distinct, MAX_COURSES, type CourseBlock } from './blocks';
import type { PageContext } from './context';
import { linesWithEarly } from './early';
import { toEnd, type Steps } from './steps';
import { ASKED_THRESHOLD, pageReasons, sampleOf, scoreOf, THRESHOLD, type Reason } from './evidence';
import { readCourse, type CourseFrame } from './generic/course';
import { readLines, textOf, type Line } from './generic/dom/lines';
import { courseHeading, insideChrome, mainHeading, pageScope } from './generic/dom/scope';
import { listingParts, listingsWithLines, sectionListings, tableListings, type ListingItem } from './generic/listings';
import { againstCourse, listingCourses } from './listing-courses';
import { pageTitle, undoubled } from './generic/title';
import type { ExtractedCourse } from './schema';
import { detectFormat } from './platforms';
import { SPONSORS } from './sponsors';
import { sponsorOf } from './sponsors/sponsor';
import { readStructured } from './generic/structured';
import { NUMBER } from './parse/numbers';

export type { CourseBlock } from './blocks';
export type { Steps } from './steps';

export interface ExtractOptions {
  /** The user asked ("Check this page"): less evidence is enough (evidence.ts). */
  asked?: boolean;
  /**
   * Called once with a catalog's first listings read as courses (`EARLY` of them, context.ts),
   * while the rest are read, so their chips can show at once: the first of what the reading
   * returns, unless the whole page reads otherwise than its first lines (early.ts).
   */
  early?: (blocks: CourseBlock[]) => void;
}

/** Listings of a known shop format read at most: room for the ones that turn out not to be courses. */
const MAX_LISTINGS = 2 * MAX_COURSES;

/**
 * Every CE course a page shows: one for a course page, one per listing for a catalog, none for
 * anything else. Pure: reads the DOM, writes nothing. Never throws. Every reader bounds what it
 * returns (lengths, credit range, real dates), so results pass the `ExtractedCourse` schema by
 * construction; the property test checks that with zod, and the worker validates every message,
 * which keeps zod out of the content script.
 */
export function extractCourses(doc: Document, url: string, options: ExtractOptions = {}): ExtractedCourse[] {
  return extractCourseBlocks(doc, url, options).map((b) => b.course);
}

/** The same, all at once: tests, and readers that run outside a page. */
export function extractCourseBlocks(doc: Document, url: string, options: ExtractOptions = {}): CourseBlock[] {
  return toEnd(readCourseBlocks(doc, url, options));
}

/** `extractCourseBlocks` in steps (see `Steps`); the page may change between them, which it reads as it finds it. */
export function* readCourseBlocks(doc: Document, url: string, options: ExtractOptions = {}): Steps<CourseBlock[]> {
  try {
    if (!doc.body) return [];
    const page = new URL(url);
    const hints = readStructured(doc);
    const known = sponsorOf(SPONSORS, page, doc);
    let reasons: Reason[] | undefined;
    const context: PageContext = {
      doc,
      page,
      site: detectFormat(doc),
      hints,
      sponsor: hints.provider ?? hints.siteName ?? known?.name ?? page.hostname.replace(/^www\./, ''),
      threshold: options.asked ? ASKED_THRESHOLD : THRESHOLD,
      reasons: (lines) => (reasons ??= pageReasons(doc, page, hints, sampleOf(lines))),
      // A sponsor's patch may change the first listings: then nothing goes early.
      early: once(known?.patch ? undefined : options.early),
    };
    // Reading what the page states about itself is a few milliseconds of first uses (selectors,
    // regexes): the page may run before its listings are read.
    yield;
    const catalog = yield* readCatalog(context);
    yield;
    const blocks = catalog.blocks ?? readPage(context, catalog.passedOver);
    return distinct(known?.patch ? known.patch(blocks, doc) : blocks);
  } catch {
    // A page we cannot read is a page without courses, never a broken page.
    return [];
  }
}

/**
 * A catalog's courses: `blocks` null when the page is no catalog (or a catalog of which no
 * listing reads as a course: the page's own course is then read, without the listings, which
 * are a "more courses" sidebar); [] when its listings link to other sites (search results).
 */
function* readCatalog(context: PageContext): Steps<{ blocks: CourseBlock[] | null; passedOver: Element[] }> {
  const { doc, site } = context;
  const root = doc.body;
  // Cap first: a shop grid of 100,000 products is read no further than a message can carry.
  const known = site ? [...root.querySelectorAll(site.listingSelector)].filter((e) => !insideChrome(e)).slice(0, MAX_LISTINGS) : [];
  const prices = site && known.length >= 2 ? pricesOf(root, known, site.listingPriceSelector) : null;
  let items: ListingItem[];
  if (known.length >= 2) {
    items = [];
    for (const element of known) {
      items.push({ element, parts: listingParts(element, site!.listingTitleSelector), lines: readLines(element) });
      yield;
    }
  } else {
    const h1 = mainHeading(doc);
    const lines = yield* linesWithEarly(context, root, h1);
    const repeated = yield* listingsWithLines(root, lines, h1);
    if (repeated?.single) return { blocks: null, passedOver: repeated.items.map((l) => l.element) };
    if (repeated) items = repeated.items;
    else {
      const rows = tableListings(root).filter((r) => !insideChrome(r.row));
      if (rows.length >= 2) items = rows.map(({ row, header }) => ({ element: row, parts: listingParts(row), lines: rowLines(row, header) }));
      else {
        // Prose catalogs: one heading and its paragraphs per offer, nothing wrapping each.
        const sections = sectionListings(lines);
        if (sections.length < 2) return { blocks: null, passedOver: [] };
        const links = sections.map((s) => s.lines.map((l) => l.element.querySelector<HTMLAnchorElement>('a[href]')).find((a) => a) ?? null);
        // One store link under every offer is no offer's own page: each is then known by this page.
        const own = (a: HTMLAnchorElement | null) => (a && links.filter((b) => b?.href === a.href).length === 1 ? a : null);
        items = sections.map(({ heading, lines }, i) => ({ element: heading, parts: { title: heading, link: own(links[i]!) }, lines }));
      }
    }
  }
  const blocks = yield* listingCourses(context, items, (all) => againstCourse(context.reasons(all.flatMap((i) => i.lines))), prices);
  if (blocks === null) return { blocks: [], passedOver: [] };
  return { blocks: blocks.length ? blocks : null, passedOver: items.map((i) => i.element) };
}

function rowLines(row: Element, header: readonly string[]): Line[] {
  return [...row.children].map((cell, i) => {
    const text = textOf(cell);
    return { text: header[i] ? `${header[i]}: ${text}` : text, element: row, heading: '' };
  });
}

/** One course page: its title, its block's lines (without `passedOver` listings: other courses), and the info boxes beside it. */
function readPage(context: PageContext, passedOver: readonly Element[]): CourseBlock[] {
  const { doc, page, site, hints } = context;
  const block = site ? [...doc.querySelectorAll(site.pageSelector)].find((b) => b.querySelector(site.titleSelector) && !insideChrome(b)) : undefined;
  const heading = (block && firstOf(block, site!.titleSelector)) ?? courseHeading(doc);
  const scope = block ?? pageScope(doc, heading);
  const outside = (l: Line) => !passedOver.some((e) => e.contains(l.element));
  const lines = [...readLines(scope), ...infoBoxes(doc, scope).flatMap((box) => readLines(box))].filter(outside);
  const title = undoubled(textOf(heading)) || hints.name || pageTitle(doc, lines, context.sponsor);
  if (!title) return [];
  const priceEl = site ? firstOf(scope, site.priceSelector) : null;
  const frame: CourseFrame = {
    kind: 'page',
    title,
    url: page.href,
    sponsor: context.sponsor,
    price: textOf(priceEl) || hints.price,
    description: hints.description,
    otherCredits: () => (hints.credits ? { value: hints.credits, from: 'schema.org numberOfCredits' } : fieldCredits(scope)),
    hasAction: hasAction(scope),
  };
  const reading = readCourse(frame, lines);
  const reasons = reading ? [...reading.reasons, ...context.reasons(lines)] : [];
  return reading && scoreOf(reasons) >= context.threshold ? [{ course: reading.course, element: scope, reasons }] : [];
}

const BARE_NUMBER = new RegExp(`^\\s*(${NUMBER})\\s*$`);

/**
 * A credits field that holds only a number, its unit an icon ("<span class="course-credits"><i
 * class="icon-award"></i> 1.5</span>"): the field's name says what the number is.
 */
function fieldCredits(scope: Element): ReturnType<CourseFrame['otherCredits']> {
  for (const field of [...scope.querySelectorAll('[class*="credit" i], [id*="credit" i], [class*="ceu" i]')].slice(0, 20)) {
    const m = BARE_NUMBER.exec(textOf(field));
    if (m && !insideChrome(field)) return { value: m[1]!, from: 'a credits field' };
  }
  return null;
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

const ACTION = /add to cart|buy now|buy|enrol|register|purchase|order|start (?:the |this )?(?:course|activity|module|test)|take (?:the |this )?(?:ce )?(?:test|course|exam|quiz|post-?test)|launch|begin|get started|add to basket|access (?:the |this )?course|sign up|subscribe to take/i;

function hasAction(scope: Element): boolean {
  const controls = [...scope.querySelectorAll('button, a[href], input[type="submit"]')].slice(0, 300);
  return controls.some((c) => ACTION.test(c.textContent || c.getAttribute('value') || c.getAttribute('aria-label') || ''));
}

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

/** The first match of the first selector in a list that matches: selector lists are in order of preference. */
function firstOf(root: Element, selectors: string): Element | null {
  for (const s of selectors.split(',')) {
    const el = root.querySelector(s);
    if (el) return el;
  }
  return null;
}

/** `early` made to do something once at most. */
function once(early: ExtractOptions['early']): PageContext['early'] {
  if (!early) return undefined;
  let done = false;
  return (blocks) => {
    if (done) return;
    done = true;
    early(blocks);
  };
}
