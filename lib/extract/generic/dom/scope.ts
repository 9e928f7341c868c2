/**
 * Where a course's facts may be read from. Site chrome (navigation, footers, sidebars) and
 * "noise" blocks (sale banners, related products, FAQs) quote *other* courses' credits and
 * prices (sponsor-pages.md, "Traps"), so they are never read.
 */
const NEVER = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'SELECT', 'TEXTAREA', 'BUTTON', 'NAV', 'ASIDE', 'FOOTER', 'DIALOG']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar']);
const NOISE = /(?:^|[\s_-])(?:related|upsells?|cross-?sells?|also-?(?:like|bought|viewed)|recommend(?:ed|ations)?|recently-?viewed|announcement(?:-bar)?|promo(?:tion)?s?|sale-?banner|marquee|faqs?|cookies?|newsletter|breadcrumbs?|menu|mega-?menu|site-?header|site-?footer|comments?|reviews?|share|social|modal|popup|cart-?drawer|mini-?cart)(?:$|[\s_-])/i;

/** The site header is chrome; a course's own header (inside its article or product) is not. */
function isSiteHeader(el: Element): boolean {
  return el.tagName === 'HEADER' && !el.parentElement?.closest('article, main, [role="main"], [itemscope], .product');
}

/** True for an element whose subtree is never read as part of a course. */
export function isChrome(el: Element): boolean {
  if (NEVER.has(el.tagName.toUpperCase()) || isSiteHeader(el)) return true;
  // Most elements carry no attribute at all: nothing more to ask them.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return true;
  const names = `${typeof el.className === 'string' ? el.className : ''} ${el.id}`;
  return names.length > 1 && NOISE.test(names);
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

/** The page's main heading, outside chrome. */
export function mainHeading(doc: Document): Element | null {
  for (const h of doc.querySelectorAll('h1')) if (!insideChrome(h) && h.textContent?.trim()) return h;
  return null;
}

export function insideChrome(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (isChrome(e)) return true;
  return false;
}
