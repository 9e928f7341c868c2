import type { DisciplineId } from '../outlines';
import type { IsoDate } from '../units/dates';
import { countsForContent, type CompletedCourse } from './activity';

/** `category` alone for structured education; `category\u0000subcategory` for CQR. */
export function contentKey(category: string, subcategory?: string): string {
  if (subcategory === undefined) return category;
  // One string per name pair, reused: totals over thousands of courses build no new keys.
  let bySub = KEYS.get(category);
  if (!bySub) KEYS.set(category, (bySub = new Map()));
  let key = bySub.get(subcategory);
  if (key === undefined) bySub.set(subcategory, (key = `${category}\u0000${subcategory}`));
  return key;
}

/** Outline names are few; a page's odd names are bounded by the user's own records. */
const KEYS = new Map<string, Map<string, string>>();

/**
 * The courses whose distribution names each discipline: each credential's tally then reads only
 * its own discipline's courses, not the whole history once per credential.
 */
export function byDiscipline(firsts: readonly CompletedCourse[]): Map<DisciplineId, CompletedCourse[]> {
  const groups = new Map<DisciplineId, CompletedCourse[]>();
  for (const c of firsts) {
    for (const e of c.distribution) {
      const list = groups.get(e.discipline);
      if (!list) groups.set(e.discipline, [c]);
      else if (list[list.length - 1] !== c) list.push(c);
    }
  }
  return groups;
}

/** Which course gave how much to a subcategory: the audit report lists them under the prescription. */
export type ContentSources = Map<string, { courseId: string; credits: number }[]>;

/**
 * Credits a discipline's outline receives from completed courses in [from, to], per category and
 * per category+subcategory (keys from `contentKey`). `firsts` holds each activity's first completion
 * only (see `firstCompletions`); unmapped names (old outline wording we could not place) never count.
 * With `sources`, each subcategory's contributing courses are recorded there by the same pass.
 */
export function contentCredits(firsts: readonly CompletedCourse[], discipline: DisciplineId, from: IsoDate, to: IsoDate, sources?: ContentSources): Map<string, number> {
  const totals = new Map<string, number>();
  for (const c of firsts) {
    if (c.distribution.length === 0 || c.completedOn < from || c.completedOn > to || !countsForContent(c, c.completedOn)) continue;
    for (const e of c.distribution) {
      if (e.discipline !== discipline || e.unmapped) continue;
      add(totals, contentKey(e.category), e.credits);
      if (e.subcategory === undefined) continue;
      const key = contentKey(e.category, e.subcategory);
      add(totals, key, e.credits);
      if (sources) sources.set(key, [...(sources.get(key) ?? []), { courseId: c.id, credits: e.credits }]);
    }
  }
  return totals;
}

function add(map: Map<string, number>, key: string, value: number): void {
  map.set(key, (map.get(key) ?? 0) + value);
}
