import type { Line } from './dom/lines';
import { LABEL_ONLY } from '../parse/labels';

/**
 * A title written twice in one element reads as "X X": themes repeat it for another layout
 * (Shopify's Dawn puts an `h1` and a same-text `h2.h1` link in `.product__title`, one hidden by
 * CSS, which a reader of the DOM cannot see). Said once.
 */
export function undoubled(title: string): string {
  const half = (title.length - 1) / 2;
  return Number.isInteger(half) && half > 0 && title[half] === ' ' && title.slice(0, half) === title.slice(half + 1) ? title.slice(0, half) : title;
}

/** Headings of a page's parts ("Description", "Enrolment options"), never a course's or an offer's title. */
export const PART_TITLE = /^(?:welcome|home|menu|more courses|(?:course )?(?:details|information|description|overview)|(?:learning )?objectives?|enrol+ment|registration|pricing|about|credits?|ce credits?|faculty|authors?|instructions|reviews?|references|accreditation|disclosures?)\b/i;

/** Separators between a page's name and its site's name in a document title. */
const TITLE_PARTS = /\s+[|–—:·•-]+\s+|\s+::\s+/;

/**
 * The title of a course page without an `<h1>` (old layouts): its first bold line before any
 * credit line, or the document's title without the site's name.
 */
export function pageTitle(doc: Document, lines: readonly Line[], site: string): string {
  for (const line of lines.slice(0, 40)) {
    if (/\d+(?:\.\d+)?\s*(?:ce\s+)?(?:credits?|ceus?|contact)/i.test(line.text)) break;
    const tag = line.element.tagName;
    const bold = /^H[2-4]$/.test(tag) || line.element.querySelector('strong, b')?.textContent?.trim() === line.text;
    if (bold && line.text.length >= 8 && line.text.length <= 150 && !LABEL_ONLY.test(line.text) && !PART_TITLE.test(line.text)) return line.text;
  }
  const siteWords = site.toLowerCase();
  const parts = doc.title.split(TITLE_PARTS).map((p) => p.trim()).filter((p) => p && !siteWords.includes(p.toLowerCase()) && !p.toLowerCase().includes(siteWords));
  return parts.sort((a, b) => b.length - a.length)[0] ?? '';
}
