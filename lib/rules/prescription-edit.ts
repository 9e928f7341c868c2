import { formatCredits } from '../units/credits';
import { checkCredits, type Checked } from './limits';
import type { PrescriptionItem } from './model';

/**
 * Editing a stored prescription: the form starts from what is stored, every subcategory the user
 * did not touch is kept, and the user sees old → new before anything is written (issue #16: an
 * edit once saved only the one field typed into and dropped the rest).
 */

/** One form field per subcategory, keyed by category and subcategory. */
export type PrescriptionEntries = Record<string, string>;

const SEP = '\u0000';

export function entryKey(category: string, subcategory: string): string {
  return `${category}${SEP}${subcategory}`;
}

export function splitEntryKey(key: string): { category: string; subcategory: string } {
  const [category = '', subcategory = ''] = key.split(SEP);
  return { category, subcategory };
}

/** The form's starting values: every stored subcategory with its credits. */
export function entriesOf(items: readonly PrescriptionItem[]): PrescriptionEntries {
  return Object.fromEntries(items.map((i) => [entryKey(i.category, i.subcategory), formatCredits(i.credits)]));
}

/**
 * The prescription the entries describe. A blank field means "not prescribed"; a prescription with
 * no subcategory at all is refused (it would read as complete while ARRT still expects CE).
 */
export function itemsFromEntries(entries: PrescriptionEntries): Checked<PrescriptionItem[]> {
  const items: PrescriptionItem[] = [];
  for (const [key, text] of Object.entries(entries)) {
    if (!text.trim()) continue;
    const { category, subcategory } = splitEntryKey(key);
    const credits = checkCredits('prescribedCredits', text);
    if (!credits.ok) return { ok: false, message: `${subcategory} — ${credits.message}` };
    items.push({ category, subcategory, credits: credits.value });
  }
  if (items.length === 0) {
    return { ok: false, message: 'Enter the credits of at least one subcategory. To delete the prescription, use “Remove prescription”.' };
  }
  return { ok: true, value: items };
}

/** A subcategory whose prescribed credits change; null: not prescribed before / after. */
export interface PrescriptionChange {
  category: string;
  subcategory: string;
  before: number | null;
  after: number | null;
}

/** What saving `after` over `before` changes, subcategory by subcategory, in the order shown. */
export function prescriptionChanges(before: readonly PrescriptionItem[], after: readonly PrescriptionItem[]): PrescriptionChange[] {
  const old = new Map(before.map((i) => [entryKey(i.category, i.subcategory), i]));
  const changes: PrescriptionChange[] = [];
  for (const i of after) {
    const was = old.get(entryKey(i.category, i.subcategory));
    if (was?.credits !== i.credits) changes.push({ category: i.category, subcategory: i.subcategory, before: was?.credits ?? null, after: i.credits });
    old.delete(entryKey(i.category, i.subcategory));
  }
  for (const i of old.values()) changes.push({ category: i.category, subcategory: i.subcategory, before: i.credits, after: null });
  return changes;
}
