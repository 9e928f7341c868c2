import type { DistributionEntry } from '../../outlines/distribution';
import { currentOutline, mergeOutlines } from '../../outlines/lookup';
import { categoriesIn, normalizeName, subcategoriesIn, type SubcategoryMatch } from '../../outlines/names';
import type { DisciplineId, Outline } from '../../outlines/schema';
import type { Line } from './dom/lines';
import { disciplinesIn } from '../parse/disciplines';
import { NUMBER, parseCredits } from '../parse/numbers';

/**
 * Reads a course's credit distribution (sponsor-pages.md, "Credit distributions"): table rows
 * ("CT | Safety | Radiation Safety and Dose | 0.5"), list lines ("CT – Safety: 0.5") and prose
 * ("0.5 credit toward CT Radiation Safety and Dose"), for one or several disciplines. Names map
 * onto `lib/outlines`; an old outline's name maps to today's only when that is unambiguous,
 * otherwise it is kept as written and marked `unmapped` (never counted, always shown).
 */

/** Headings, captions and lines that announce a distribution. */
const DISTRIBUTION_CONTEXT = /distribution|structured\s+education|\bcqr\b|subcategor|content\s+(?:categor|area|outline|specification)|credit\s+breakdown|credits?\s+by\s+(?:category|discipline)|major\s+categor|targeted\s+ce/i;
/** Prose that assigns credits to a content area ("0.5 of the credits apply to CT Safety"). */
const CONNECTOR = /\btowards?\b|\bappl(?:y|ies|ied)\s+to|\bcounts?\s+(?:for|toward)|\bcredits?\s+in\b|\bof\s+(?:the|these|its)\s+credits?\b/i;
/** A list entry that needs no heading to announce it: "CT – Neck and Chest: 1.5", "Radiography - Patient Care: 1.0". */
const ENTRY_SHAPE = /^([A-Za-z. ]{1,40}?)\s*[–—-]\s*[^:]{3,120}:\s*(?:\d|\.\d|[¼½¾])/;
/** The `Distribution` schema's limit. */
const MAX_ENTRIES = 100;
const ANY_NUMBER = new RegExp(NUMBER, 'g');
const CREDIT_NUMBER = new RegExp(`(${NUMBER})\\s*(?:cqr\\s+|sce\\s+|ce\\s+)?(?:credits?|hours?)\\b`, 'i');

interface Named {
  outline: Outline;
  subs: SubcategoryMatch[];
  categories: string[];
}

export function readDistribution(lines: readonly Line[], courseDisciplines: readonly DisciplineId[]): DistributionEntry[] {
  const entries = new Map<string, DistributionEntry>();
  // A table that names the discipline once (a caption, a merged cell) applies it to later rows.
  const lastDiscipline = new Map<Element, DisciplineId>();
  // A bold line ending in a colon ("CQR credit distribution:") announces what follows it in its container, as a heading would.
  let labelled: Element | null = null;
  // Flat lines ("ARRT Targeted CE", then "Computed Tomography", then "Safety 0.5"): a short
  // line naming one discipline, under an announcement, is the discipline of the lines after it.
  let flatDiscipline: DisciplineId | null = null;
  for (const line of lines) {
    if (!/\d|[¼½¾]/.test(line.text)) {
      const inRegion = labelled?.contains(line.element) || DISTRIBUTION_CONTEXT.test(line.heading);
      if (DISTRIBUTION_CONTEXT.test(line.text) && line.text.length < 120) {
        labelled = line.element.parentElement;
        flatDiscipline = null;
      } else if (line.text.endsWith(':') && line.text.length < 120) labelled = null;
      const named = line.text.length < 60 && inRegion ? disciplinesIn(line.text) : [];
      if (named.length === 1) flatDiscipline = named[0]!;
      continue;
    }
    const announced = DISTRIBUTION_CONTEXT.test(line.heading) || DISTRIBUTION_CONTEXT.test(line.text) || (labelled?.contains(line.element) ?? false) || entryShaped(line.text);
    // Text alone rules most lines out; the DOM is asked only about a line that may be an entry
    // (announced, with a connector word, or a table row: cells are read joined by "|").
    if (!announced && !line.text.includes('|') && !CONNECTOR.test(line.text)) continue;
    const group = line.element.closest('table, ul, ol, dl') ?? line.element;
    const inTable = group.tagName === 'TABLE';
    const region = announced || (inTable && DISTRIBUTION_CONTEXT.test(tableHead(group)));
    // "CT – Safety: 0.5; MR – Safety: 0.5", "CT Patient Care 0.5, CT Safety 1.0" and "0.5 credit toward X
    // and 0.25 toward Y" are two entries on one line (a comma after a number only: "Head, Spine, and Musculoskeletal" is one name).
    for (const text of line.text.split(/;\s*|\s[•·]\s|(?<=[\d¼½¾]\)?),\s+|,?\s+and\s+(?=\d|\.\d|[¼½¾])/)) {
      if (!region && !CONNECTOR.test(text)) continue;
      const named = outlinesNamedIn(text);
      const stated = disciplinesIn(blankWords(text, named));
      const discipline = stated.length > 1 ? null : (stated[0] ?? lastDiscipline.get(group) ?? (announced ? flatDiscipline : null) ?? contextDiscipline(line, group, courseDisciplines));
      if (!discipline) continue;
      lastDiscipline.set(group, discipline);
      const entry = readEntry(text, discipline, named, inTable && region);
      if (entry) {
        const key = `${entry.discipline}|${entry.category}|${entry.subcategory ?? ''}`;
        if (!entries.has(key)) entries.set(key, entry);
      }
    }
  }
  return withoutSubtotals([...entries.values()]).slice(0, MAX_ENTRIES);
}

/**
 * A category's line followed by its subcategories' lines ("Safety 1.0", "Radiation Safety and
 * Dose 0.5", "Radiation Protection 0.5") states its credits twice: the category's total goes.
 */
function withoutSubtotals(entries: readonly DistributionEntry[]): DistributionEntry[] {
  return entries.filter((e) => e.subcategory !== undefined || !entries.some((o) => o !== e && o.subcategory !== undefined && o.discipline === e.discipline && o.category === e.category));
}

/** A line shaped like a distribution entry whose first words name one discipline. */
function entryShaped(text: string): boolean {
  const lead = ENTRY_SHAPE.exec(text)?.[1];
  return lead !== undefined && disciplinesIn(lead).length === 1;
}

function readEntry(text: string, discipline: DisciplineId, named: readonly Named[], distributionTable: boolean): DistributionEntry | null {
  const credits = creditsOf(text);
  if (credits === null || credits === 0) return null;
  return mapEntry(discipline, named, credits) ?? (distributionTable ? unmappedRow(text, credits, discipline) : null);
}

/** A credit amount: the number next to "credit(s)" if there is one, else the line's last number. */
function creditsOf(text: string): number | null {
  const near = CREDIT_NUMBER.exec(text);
  if (near) return parseCredits(near[1]!);
  const all = text.match(ANY_NUMBER);
  return all ? parseCredits(all[all.length - 1]!) : null;
}

function tableHead(table: Element): string {
  const caption = table.querySelector('caption')?.textContent ?? '';
  const firstRow = table.querySelector('tr')?.textContent ?? '';
  const before = table.previousElementSibling?.textContent ?? '';
  return `${caption} ${firstRow} ${before.slice(0, 300)}`;
}

function contextDiscipline(line: Line, group: Element, course: readonly DisciplineId[]): DisciplineId | null {
  const fromHeading = disciplinesIn(`${line.heading} ${group.tagName === 'TABLE' ? tableHead(group) : ''}`);
  if (fromHeading.length === 1) return fromHeading[0]!;
  return course.length === 1 ? course[0]! : null;
}

/** Outline names (every discipline, every version) that a line mentions. */
function outlinesNamedIn(text: string): Named[] {
  const named: Named[] = [];
  const haystack = ` ${normalizeName(text)} `;
  for (const outline of (allOutlines ??= mergeOutlines())) {
    const subs = subcategoriesIn(outline, haystack);
    const categories = categoriesIn(outline, haystack);
    if (subs.length || categories.length) named.push({ outline, subs, categories });
  }
  return named;
}

/** Every shipped outline, every version, merged once: the content script knows no user overrides. */
let allOutlines: Outline[] | undefined;

/** The line with outline-name words removed, so "Basic Principles of Ultrasound" is not read as Sonography. */
function blankWords(text: string, named: readonly Named[]): string {
  const words = new Set<string>();
  for (const n of named) for (const name of [...n.subs.map((s) => s.subcategory), ...n.categories]) for (const w of normalizeName(name).split(' ')) if (w.length > 1) words.add(w);
  // Word by word with one pattern: a pattern built per line is compiled per line, and a catalog has hundreds.
  return words.size ? text.replace(WORD, (w) => (words.has(w.toLowerCase()) ? ' ' : w)) : text;
}

const WORD = /[A-Za-z0-9_]+/g;

function mapEntry(discipline: DisciplineId, named: readonly Named[], credits: number): DistributionEntry | null {
  const current = currentOutline(discipline);
  if (!current) return null;
  const now = named.find((n) => n.outline === current);
  if (now?.subs.length === 1) return { discipline, category: now.subs[0]!.category, subcategory: now.subs[0]!.subcategory, credits };
  if (now && now.subs.length === 0 && now.categories.length === 1) return { discipline, ...onlySubcategory(current, now.categories[0]!), credits };
  if (now && now.subs.length > 1) return null;
  const old = named.find((n) => n.outline.discipline === discipline && n.outline.superseded && n.subs.length === 1);
  if (!old) return null;
  const sub = old.subs[0]!;
  const mapped = mapOldName(current, sub);
  return mapped ? { discipline, ...mapped, credits } : { discipline, category: sub.category, subcategory: sub.subcategory, credits, unmapped: true };
}

/**
 * A category with exactly one subcategory: its credits are that subcategory's. Only for outlines
 * whose subcategory list is complete; a partial or missing one might hold more.
 */
function onlySubcategory(outline: Outline, category: string): { category: string; subcategory?: string } {
  const cat = outline.categories.find((c) => c.name === category);
  const complete = outline.confidence !== 'partial' && outline.confidence !== 'missing';
  return cat && complete && cat.subcategories.length === 1 ? { category, subcategory: cat.subcategories[0]!.name } : { category };
}

/** An old subcategory name onto today's outline: the same name, or the single subcategory its category has now. */
function mapOldName(current: Outline, old: SubcategoryMatch): { category: string; subcategory: string } | null {
  const wanted = normalizeName(old.subcategory);
  for (const c of current.categories) for (const s of c.subcategories) if (normalizeName(s.name) === wanted) return { category: c.name, subcategory: s.name };
  const mapped = onlySubcategory(current, old.category);
  return mapped.subcategory ? { category: mapped.category, subcategory: mapped.subcategory } : null;
}

/** A distribution-table row naming nothing we know: kept as written, for the user to see. */
function unmappedRow(text: string, credits: number, discipline: DisciplineId): DistributionEntry | null {
  const cells = text
    .split('|')
    .map((c) => c.trim())
    .filter((c) => c && !new RegExp(`^${NUMBER}$`).test(c) && disciplinesIn(c).length === 0 && !/credit|^total/i.test(c));
  if (!cells.length) return null;
  return { discipline, category: cells[0]!.slice(0, 200), ...(cells[1] ? { subcategory: cells[1].slice(0, 200) } : {}), credits, unmapped: true };
}
