/**
 * Where a course's facts may be read from. Site chrome (navigation, footers, sidebars) and
 * "noise" blocks (sale banners, related products, FAQs) quote *other* courses' credits and
 * prices (sponsor-pages.md, "Traps"), so they are never read.
 */
// Tag names as an HTML document gives them: upper case, but `svg` as written.
const NEVER = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'IFRAME', 'OBJECT', 'SELECT', 'TEXTAREA', 'BUTTON', 'NAV', 'ASIDE', 'FOOTER', 'DIALOG']);
const CHROME_ROLES = ['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar'];
/**
 * One native call instead of one per attribute: each DOM call costs in a content script. A
 * hidden tab panel is still the page's content (the "Credits" tab of a course page), only not
 * the tab in front.
 */
const HIDDEN = ['[hidden]', '[aria-hidden="true"]', '[style*="none" i]', '[style*="hidden" i]'];
const HIDDEN_OR_CHROME_ROLE = [...HIDDEN, ...CHROME_ROLES.map((r) => `[role="${r}"]`)].join(', ');
const TAB_PANEL = '[role=tabpanel],[class*=tab-pane i],[class*=tabs-panel i],[class*=tab-panel i],.wc-tab';
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Matched by HIDDEN_OR_CHROME_ROLE (one native call for the common case): chrome, or hidden from a person, but not a tab panel out of view. */
function hiddenOrChromeRole(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role !== null && CHROME_ROLES.includes(role)) return true;
  const style = el.getAttribute('style');
  const hidden = el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || (style !== null && HIDDEN_STYLE.test(style));
  return hidden && !el.matches(TAB_PANEL);
}
/** Class names of text kept for screen readers only, or hidden by the theme's CSS. */
const HIDDEN_CLASS = /(?:^|\s)(?:visually-?hidden|visibility-hidden|sr-only|screen-?reader-?(?:text|only)|show-for-sr|a11y-hidden|u-hidden(?:-visually)?|hidden|is-hidden|element-invisible|offscreen|assistive-text)(?:$|\s|--)/i;
/** Any of it inside an element: its `textContent` would say more than a person sees. */
export const HIDDEN_INSIDE = 'script,style,template,noscript,[hidden],[aria-hidden=true],[style*=none i],[style*=hidden i],[class*=hidden i],[class*=sr-only],[class*=screen-reader i],.offscreen';
const NOISE = /(?:^|[\s_-])(?:related|upsells?|cross-?sells?|also-?(?:like|bought|viewed)|recommend(?:ed|ations)?|recently-?viewed|announcement(?:-bar)?|promo(?:tion)?s?|sale-?banner|(?:store|site)-?notice|(?:notice|alert|promo|hello)-?bar|marquee|faqs?|cookies?|newsletter|breadcrumbs?|menu|mega-?menu|site-?header|site-?footer|comments?|reviews?|share|social|modal|popup|cart-?drawer|mini-?cart)(?:$|[\s_-])/i;

/** The site header is chrome; a course's own header (inside its article or product) is not. */
function isSiteHeader(el: Element): boolean {
  return !el.parentElement?.closest('article, main, [role="main"], [itemscope], .product');
}

/** True for an element whose subtree is never read as part of a course (`tag`: its tag name, when the caller has it). */
export function isChrome(el: Element, tag = el.tagName): boolean {
  if (NEVER.has(tag) || (tag === 'HEADER' && isSiteHeader(el))) return true;
  // Most elements carry no attribute at all: nothing more to ask them.
  if (!el.hasAttributes()) return false;
  if (el.matches(HIDDEN_OR_CHROME_ROLE) && hiddenOrChromeRole(el)) return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.id}`;
  return names.length > 1 && isNoise(names) && (!HIDDEN_CLASS.test(names) || el.getAttribute('role') !== 'tabpanel');
}

/** Class names repeat across a page (every card of a catalog has the same ones): test each string once. */
const noiseByNames = new Map<string, boolean>();

function isNoise(names: string): boolean {
  let noise = noiseByNames.get(names);
  if (noise === undefined) {
    // Unique ids would grow it without end on a long-lived page.
    if (noiseByNames.size >= 1000) noiseByNames.clear();
    noise = NOISE.test(names) || HIDDEN_CLASS.test(names);
    noiseByNames.set(names, noise);
  }
  return noise;
}

/** The region a single course page's facts come from: the block holding its main heading. */
export function pageScope(doc: Document, h1: Element | null): Element {
  const holder = h1?.closest('[itemtype*="schema.org/Course" i], [itemtype*="schema.org/Product" i], [itemtype*="schema.org/Event" i], article, main, [role="main"]');
  if (holder) return widen(holder);
  return doc.querySelector('main, [role="main"]') ?? doc.body ?? doc.documentElement;
}

/**
 * A heading's article may be only the title block (e.g. an `<article>` for the header and
 * a sibling for the details): widen to the nearest ancestor that is a `main` if there is one.
 */
function widen(el: Element): Element {
  if (el.tagName === 'MAIN' || el.getAttribute('role') === 'main') return el;
  const main = el.closest('main, [role="main"]');
  return main && (el.textContent?.length ?? 0) < 400 ? main : el;
}

/**
 * The page's main heading, outside chrome: the first `<h1>` that is not the site's logo (some
 * themes put the site name, linked to the home page, in an `<h1>`).
 */
export function mainHeading(doc: Document): Element | null {
  const headings = [...doc.querySelectorAll('h1')].filter((h) => h.textContent?.trim() && !isLogo(h));
  return headings.find((h) => !insideChrome(h)) ?? headings.find(inPageHeader) ?? null;
}

/**
 * An `<h1>` in a page's own header band (an LMS's "page-header" above the content, outside
 * `main`): a `<header>` that holds no navigation, itself in no other chrome.
 */
function inPageHeader(h1: Element): boolean {
  const header = h1.closest('header');
  return header !== null && !header.querySelector('nav, [role="navigation"]') && header.getAttribute('role') !== 'banner' && !insideChrome(header.parentElement ?? header) && !insideChromeBelow(h1, header);
}

function insideChromeBelow(el: Element, stop: Element): boolean {
  for (let e: Element | null = el; e && e !== stop; e = e.parentElement) if (isChrome(e)) return true;
  return false;
}

/**
 * A course page's title element: its main heading, else an element styled as the course's or
 * product's title. Only for a page already taken as one course: on a catalog, such classes
 * name each card's title.
 */
export function courseHeading(doc: Document): Element | null {
  const h1 = mainHeading(doc);
  if (h1) return h1;
  for (const t of doc.querySelectorAll(TITLE_CLASSES)) if (!insideChrome(t) && t.textContent?.trim()) return t;
  return null;
}

const TITLE_CLASSES = '[class*="course-title" i], [class*="course-name" i], [id$="lblTitle" i], [id*="CourseTitle" i], [class*="course_title" i], [class*="product-title" i], [class*="product_title" i], [itemprop="name"]';
const HOME = /^(?:\/|\.\/|index\.html?|https?:\/\/[^/]+\/?)$/i;

function isLogo(h1: Element): boolean {
  const link = h1.querySelector('a[href]');
  return link !== null && HOME.test(link.getAttribute('href')!.trim()) && link.textContent?.trim() === h1.textContent?.trim();
}

export function insideChrome(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (isChrome(e)) return true;
  return false;
}
