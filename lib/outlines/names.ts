import type { Outline } from './schema';

/**
 * One spelling for comparing outline names however a page or a person writes them:
 * case, registered marks, "&"/"and", punctuation, dashes and spacing do not matter, and the
 * common short form "Rad" is read as "Radiation" (sponsor-pages.md: "Rad Safety & Dose").
 */
export function normalizeName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[®™©]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\brad\b/g, 'radiation')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface SubcategoryMatch {
  category: string;
  subcategory: string;
}

/** The outline subcategory a text names exactly (after normalizing), if any. */
export function findSubcategoryByName(outline: Outline, text: string): SubcategoryMatch | undefined {
  const wanted = normalizeName(text);
  for (const c of outline.categories) {
    for (const s of c.subcategories) if (normalizeName(s.name) === wanted) return { category: c.name, subcategory: s.name };
  }
  return undefined;
}

/** Every subcategory of an outline whose normalized name occurs in `text` (longest names first). */
export function subcategoriesMentioned(outline: Outline, text: string): SubcategoryMatch[] {
  const haystack = ` ${normalizeName(text)} `;
  const all = outline.categories.flatMap((c) => c.subcategories.map((s) => ({ category: c.name, subcategory: s.name, n: normalizeName(s.name) })));
  all.sort((a, b) => b.n.length - a.n.length);
  const found: SubcategoryMatch[] = [];
  let rest = haystack;
  for (const s of all) {
    if (s.n && rest.includes(` ${s.n} `)) {
      found.push({ category: s.category, subcategory: s.subcategory });
      rest = rest.replace(` ${s.n} `, '  ');
    }
  }
  return found;
}
