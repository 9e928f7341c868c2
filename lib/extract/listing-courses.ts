import { distinct, type CourseBlock } from './blocks';
import { EARLY, type PageContext } from './context';
import { listingReasons, scoreOf, type Reason } from './evidence';
import { readCourse } from './generic/course';
import { textOf } from './generic/dom/lines';
import { HIDDEN_INSIDE } from './generic/dom/scope';
import { siteOf, type ListingItem } from './generic/listings';
import { cleanText } from './parse/clean';
import type { Steps } from './steps';

/**
 * The listings that read as courses, in order, at most `limit`; null when most listings link to
 * other sites (a search engine's or aggregator's results, not a sponsor's catalog). `against`:
 * the page's evidence against a course (an article, a FAQ), weighed with each listing's own; the
 * page's evidence for one is not each listing's (its own schema.org Product is not theirs).
 * `prices`: a known shop format's price element of each listing. The first `EARLY` go to
 * `context.early` as soon as they are read.
 */
export function* listingCourses(context: PageContext, items: readonly ListingItem[], against: (items: readonly ListingItem[]) => Reason[], prices: Map<Element, Element> | null = null, limit = Infinity): Steps<CourseBlock[] | null> {
  const home = siteOf(context.page.href);
  // The DOM resolves each link's href against the page (and its <base>).
  const hrefs = items.map((item) => (item.parts.link ? item.parts.link.href : context.page.href));
  const own = hrefs.map((href) => home !== null && siteOf(href) === home);
  if (own.filter((o) => !o).length > items.length / 2) return null;
  let pageAgainst: Reason[] | undefined;
  const blocks: CourseBlock[] = [];
  for (const [i, item] of items.entries()) {
    yield;
    if (!own[i]) continue;
    const { link, title: titleEl } = item.parts;
    const href = hrefs[i]!;
    const title = plainText(titleEl ?? link ?? item.element.querySelector('td, th'));
    // A question is a FAQ entry's title, never a course's.
    if (!title || NOT_A_TITLE.test(title) || title.endsWith('?')) continue;
    const priceEl = prices?.get(item.element) ?? null;
    // A listing with its own link is on offer; one without must show a price or approval itself.
    const reading = readCourse({ kind: 'listing', title, url: href, sponsor: context.sponsor, price: textOf(priceEl) || null, description: null, otherCredits: () => null, hasAction: link !== null }, item.lines);
    if (!reading) continue;
    const reasons = [...reading.reasons, ...(pageAgainst ??= against(items)), ...listingReasons(href, item.element)];
    if (scoreOf(reasons) < context.threshold) continue;
    blocks.push({ course: reading.course, element: item.element, reasons });
    if (blocks.length === EARLY) context.early?.(distinct(blocks));
    if (blocks.length >= limit) break;
  }
  return blocks;
}

/** Only the page's evidence against a course, and its course-like URL, count for a listing. */
export const againstCourse = (reasons: readonly Reason[]): Reason[] => reasons.filter((r) => r.weight < 0 || r.why === 'course-like URL');

/** Link and button words that some layouts put where a listing's title goes ("Home", ">> Add to Cart"). */
const NOT_A_TITLE = /^(?:[>»«<\s-]*)(?:home|add to (?:cart|basket)|buy(?: now)?|order(?: now)?|more(?: info)?|details|read more|learn more|view(?: course| details)?|click here|register|enroll|checkout|cart)\W*$/i;

/** A short element's text: `textContent` unless it holds text a person does not see, which only the line reader skips. */
function plainText(el: Element | null): string {
  if (!el) return '';
  return el.querySelector(HIDDEN_INSIDE) ? textOf(el) : cleanText(el.textContent ?? '').replace(/\s+/g, ' ');
}
