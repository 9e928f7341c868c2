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
  return subcategoriesIn(outline, ` ${normalizeName(text)} `);
}

/** As `subcategoriesMentioned`, in text already normalized and padded: ` ${normalizeName(text)} `. */
export function subcategoriesIn(outline: Outline, haystack: string): SubcategoryMatch[] {
  const found: SubcategoryMatch[] = [];
  let rest = haystack;
  for (const s of namesOf(outline).subcategories) {
    if (s.n && rest.includes(` ${s.n} `)) {
      found.push({ category: s.category, subcategory: s.subcategory });
      rest = rest.replace(` ${s.n} `, '  ');
    }
  }
  return found;
}

/** The outline's categories whose normalized names occur in the normalized, padded `haystack`. */
export function categoriesIn(outline: Outline, haystack: string): string[] {
  return namesOf(outline)
    .categories.filter((c) => haystack.includes(` ${c.n} `))
    .map((c) => c.name);
}

interface NormalizedNames {
  /** Longest first, so "Radiation Safety and Dose" is found before a shorter name inside it. */
  subcategories: Array<SubcategoryMatch & { n: string }>;
  categories: Array<{ name: string; n: string }>;
}

/**
 * Each outline's names normalized once: a page may hold hundreds of distribution entries, each
 * compared with every outline. Keyed by the outline object (an outline the user edits is a new one).
 */
const normalized = new WeakMap<Outline, NormalizedNames>();

function namesOf(outline: Outline): NormalizedNames {
  let names = normalized.get(outline);
  if (!names) {
    const subcategories = outline.categories.flatMap((c) => c.subcategories.map((s) => ({ category: c.name, subcategory: s.name, n: normalizeName(s.name) })));
    subcategories.sort((a, b) => b.n.length - a.n.length);
    names = { subcategories, categories: outline.categories.map((c) => ({ name: c.name, n: normalizeName(c.name) })) };
    normalized.set(outline, names);
  }
  return names;
}
