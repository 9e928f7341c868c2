import type { Line } from './dom/lines';
import { statesCredits } from '../parse/facts';

/**
 * Catalog pages (shop grids, card lists, course tables) hold one course per listing
 * (sponsor-pages.md, "Catalogs"). A listing is found generically as the repeated sibling
 * element that holds one credit statement and a link to its own course page.
 */
export function repeatedListings(root: Element, lines: readonly Line[]): Element[] {
  const counts = new Map<Element, number>();
  for (const line of lines) {
    if (!statesCredits(line.text)) continue;
    for (let e: Element | null = line.element; e && e !== root.parentElement; e = e.parentElement) counts.set(e, (counts.get(e) ?? 0) + 1);
  }
  const groups: Element[][] = [];
  for (const [parent, n] of counts) {
    if (n < 2) continue;
    const byTag = new Map<string, Element[]>();
    for (const child of parent.children) {
      if (!counts.has(child) || !courseLink(child)) continue;
      const list = byTag.get(child.tagName) ?? [];
      list.push(child);
      byTag.set(child.tagName, list);
    }
    for (const list of byTag.values()) if (list.length >= 2 && distinctLinks(list)) groups.push(list);
  }
  // Largest groups first; a group wrapping already chosen listings (a section of lists) is not itself one.
  groups.sort((a, b) => b.length - a.length);
  const chosen: Element[] = [];
  for (const group of groups) {
    if (group.some((g) => chosen.some((c) => c.contains(g) || g.contains(c)))) continue;
    chosen.push(...group);
  }
  return chosen;
}

/** The link a listing points to its course with: in its title if it has one, else its first real link. */
export function courseLink(item: Element, titleSelector = 'h2, h3, h4, h5, h6, [class*="title" i]'): HTMLAnchorElement | null {
  const title = item.querySelector(titleSelector);
  const inTitle = title ? (title.closest('a[href]') ?? title.querySelector('a[href]')) : null;
  if (inTitle && item.contains(inTitle) && isReal(inTitle)) return inTitle as HTMLAnchorElement;
  for (const a of item.querySelectorAll('a[href]')) if (isReal(a)) return a as HTMLAnchorElement;
  return null;
}

function isReal(a: Element): boolean {
  const href = a.getAttribute('href') ?? '';
  return href !== '' && !href.startsWith('#') && !/^(?:javascript|mailto|tel):/i.test(href);
}

function distinctLinks(items: readonly Element[]): boolean {
  return new Set(items.map((i) => courseLink(i)?.getAttribute('href'))).size >= 2;
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
    if (!header.some((h) => /credit|ceu|hours/i.test(h)) || !header.some((h) => /course|title|activity|program|name/i.test(h))) continue;
    for (const row of rows.slice(1)) if (row.querySelector('td')) found.push({ row, header });
  }
  return found;
}

/** Registrable-ish site of a URL: a listing that links to another site is not this sponsor's course. */
export function sameSite(a: URL, b: URL): boolean {
  const site = (u: URL) => (/^[\d.]+$|^\[/.test(u.hostname) ? u.host : u.hostname.split('.').slice(-2).join('.'));
  return site(a) === site(b);
}
