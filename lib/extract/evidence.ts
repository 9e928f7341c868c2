import type { Line } from './generic/dom/lines';
import type { StructuredHints } from './generic/structured';

/**
 * Whether a block is a course is weighed, not gated: each fact for or against it adds its weight
 * and says why, so a real course that sells elsewhere (no price, no cart: a society's or a
 * journal's CE) is still taken on its credit statement, while news, FAQs and requirement pages
 * that quote credits are not (issue #14). The reasons travel with each course for tests and for
 * the user's "why was this taken".
 */
export interface Reason {
  why: string;
  weight: number;
}

/** What a page seen in passing must score to be taken as a course. */
export const THRESHOLD = 4;
/** When the user asked ("Check this page"), less is enough: they are looking at a course. */
export const ASKED_THRESHOLD = 2;

export const scoreOf = (reasons: readonly Reason[]): number => reasons.reduce((sum, r) => sum + r.weight, 0);

const COURSE_TYPES = /^(?:Course|CourseInstance|EducationEvent)$/;
const OFFER_TYPES = /^(?:Product|Event)$/;
const ARTICLE_TYPES = /^(?:Article|NewsArticle|BlogPosting|Report|ScholarlyArticle|OpinionNewsArticle|LiveBlogPosting)$/;
const COURSE_PATH = /\/(?:courses?|products?|catalog|ce|ceu|modules?|home-?stud(?:y|ies)|events?|enrol\w*|learn\w*|lms|store|shop|activity|webinars?)(?:[/._?#-]|$)/i;
const ARTICLE_PATH = /\/(?:news|blogs?|press|stories|posts?|newsroom|magazine)(?:[/._?#-]|$)/i;
const JOB_PATH = /\/(?:jobs?|careers?|employment|vacanc\w*)(?:[/._?#-]|$)/i;
const BYLINE = '[rel=author],[class*=byline i],[itemprop=author],[itemprop=datePublished],meta[property="article:published_time"],.post-meta,.entry-meta';
const FAQ_TITLE = /\bfaqs?\b|frequently asked/i;
const REQUIREMENTS_TITLE = /\brequirements?\b|\bhow to (?:earn|renew|meet|report)\b|\brenewal\b|\bcompliance\b/i;
const JOB_TITLE = /\b(?:jobs?|job (?:posting|opening)|position|hiring|careers?|vacanc(?:y|ies)|employment)\b/i;
/** Words of a college or university catalog, where "3 credits" are academic credit. */
const COLLEGE = /\b(?:semesters?|prerequisites?|co-?requisites?|associate (?:of|degree)|bachelor|degree program|transfer credit|academic catalog|catalog year|lecture hours|lab hours|clinical practicum)\b/gi;

/**
 * Page-wide evidence, weighed for every block of the page: schema.org types, the URL's shape,
 * and what marks a page as something other than a course offer (article, FAQ, requirements,
 * job ad, a college catalog). `text`: a sample of the page's readable text.
 */
export function pageReasons(doc: Document, page: URL, hints: StructuredHints, text: string): Reason[] {
  const reasons: Reason[] = [];
  const add = (weight: number, why: string) => reasons.push({ weight, why });
  const heading = `${doc.querySelector('h1')?.textContent ?? ''} ${doc.title}`.slice(0, 500);
  if (hints.types.some((t) => COURSE_TYPES.test(t))) add(2, 'schema.org Course');
  else if (hints.types.some((t) => OFFER_TYPES.test(t))) add(1, 'schema.org Product or Event');
  if (COURSE_PATH.test(page.pathname)) add(1, 'course-like URL');
  if (hints.types.some((t) => ARTICLE_TYPES.test(t)) || /article/i.test(metaContent(doc, 'og:type'))) add(-3, 'article markup');
  if (ARTICLE_PATH.test(page.pathname)) add(-3, 'news or blog URL');
  if (doc.querySelector(BYLINE)) add(-2, 'byline or publication date');
  if (hints.types.includes('FAQPage') || FAQ_TITLE.test(heading)) add(-4, 'FAQ page');
  if (REQUIREMENTS_TITLE.test(heading)) add(-3, 'requirements page');
  if (hints.types.includes('JobPosting') || JOB_PATH.test(page.pathname) || JOB_TITLE.test(heading)) add(-5, 'job ad');
  if (new Set(Array.from(text.matchAll(COLLEGE), (m) => m[0].toLowerCase())).size >= 2) add(-4, 'college course catalog');
  return reasons;
}

function metaContent(doc: Document, name: string): string {
  return doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content') ?? '';
}

/** Evidence of one catalog listing against being a course: it links to a post, or is dated as posts are. */
export function listingReasons(href: string, element: Element): Reason[] {
  const reasons: Reason[] = [];
  let path = '';
  try {
    path = new URL(href).pathname;
  } catch {
    // No URL, no evidence from it.
  }
  if (ARTICLE_PATH.test(path)) reasons.push({ weight: -3, why: 'links to a post' });
  if (element.querySelector('[class*="post-date" i], [class*="entry-date" i], [itemprop="datePublished"]')) reasons.push({ weight: -2, why: 'dated post' });
  return reasons;
}

/** The first 20,000 characters of some lines' text: the sample `pageReasons` reads. */
export function sampleOf(lines: readonly Line[]): string {
  let text = '';
  for (const line of lines) {
    if (text.length > 20_000) break;
    text += ` ${line.text}`;
  }
  return text;
}
