import { currentOutline, normalizeName, outlineStatus, type DisciplineId, type Distribution, type Outline } from '../outlines';

/** Words too common in CE titles to say anything about a subcategory. */
const STOP = new Set(['and', 'the', 'of', 'in', 'for', 'to', 'a', 'an', 'with', 'on', 'ce', 'ct', 'mr', 'mri', 'course', 'credits', 'credit', 'category', 'management', 'procedures']);

/**
 * Other words that point at a subcategory; title words rarely repeat an outline name exactly.
 * Keys are normalized subcategory-name words, values words a course title may use instead.
 */
const HINTS: Record<string, string[]> = {
  radiation: ['dose', 'dosimetry', 'alara', 'shielding', 'protection'],
  safety: ['dose', 'contrast', 'screening', 'zap', 'implant', 'implants'],
  patient: ['contrast', 'care', 'communication', 'infection', 'medication', 'injection', 'venipuncture'],
  formation: ['physics', 'reconstruction', 'kernel', 'acquisition', 'parameters', 'instrumentation'],
  evaluation: ['artifact', 'artifacts', 'quality', 'archiving', 'pacs', 'evaluation'],
  head: ['brain', 'neuro', 'skull', 'sinus', 'spine', 'musculoskeletal', 'orthopedic'],
  chest: ['lung', 'thorax', 'cardiac', 'pulmonary', 'neck'],
  abdomen: ['liver', 'pancreas', 'kidney', 'renal', 'bowel', 'pelvis', 'abdominal'],
};

/**
 * A suggested distribution for a page that states none: the subcategories of each discipline's
 * current outline whose words best match the title and description. Always `estimated`: shown to
 * the user to confirm, never counted (DESIGN.md, "Estimated vs stated").
 */
export function estimateDistribution(text: string, disciplines: readonly DisciplineId[], credits: number, overrides: readonly Outline[] = []): Distribution {
  const words = new Set(normalizeName(text.slice(0, 4000)).split(' ').filter((w) => w && !STOP.has(w)));
  const result: Distribution = [];
  for (const discipline of disciplines) {
    const outline = currentOutline(discipline, overrides);
    // A stale outline's names are no guess worth showing: the user is asked for the current one.
    if (!outline || credits <= 0 || outlineStatus(outline) === 'stale') continue;
    let best: { category: string; subcategory: string; score: number } | undefined;
    for (const sub of subcategoryWords(outline)) {
      const score = scoreName(sub.words, words);
      if (score > 0 && (!best || score > best.score)) best = { ...sub, score };
    }
    if (best) result.push({ discipline, category: best.category, subcategory: best.subcategory, credits });
  }
  return result;
}

interface SubcategoryWords {
  category: string;
  subcategory: string;
  words: string[];
}

/** Each outline's subcategory names as words, worked out once: a catalog asks for 200 estimates at a time. */
const wordsByOutline = new WeakMap<Outline, SubcategoryWords[]>();

function subcategoryWords(outline: Outline): SubcategoryWords[] {
  let list = wordsByOutline.get(outline);
  if (!list) {
    list = outline.categories.flatMap((cat) =>
      cat.subcategories.map((sub) => ({ category: cat.name, subcategory: sub.name, words: normalizeName(sub.name).split(' ').filter((w) => !STOP.has(w)) })),
    );
    wordsByOutline.set(outline, list);
  }
  return list;
}

function scoreName(nameWords: readonly string[], words: ReadonlySet<string>): number {
  let score = 0;
  for (const w of nameWords) {
    if (words.has(w)) score += 2;
    for (const hint of HINTS[w] ?? []) if (words.has(hint)) score += 1;
  }
  return score;
}
