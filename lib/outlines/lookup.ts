import { SHIPPED_OUTLINES } from './shipped';
import { outlineKey } from './ids';
import type { Category, DisciplineId, Outline } from './schema';

/**
 * All outline versions in force for lookups: the shipped ones with the user's overrides on top.
 * An override with the same discipline and version replaces the shipped outline (the user's
 * correction wins); one with a new version is added beside it.
 */
export function mergeOutlines(overrides: readonly Outline[] = []): Outline[] {
  const byKey = new Map<string, Outline>();
  for (const o of SHIPPED_OUTLINES) byKey.set(outlineKey(o), o);
  for (const o of overrides) byKey.set(outlineKey(o), o);
  return [...byKey.values()];
}

export function outlineVersions(discipline: DisciplineId, overrides: readonly Outline[] = []): Outline[] {
  return mergeOutlines(overrides).filter((o) => o.discipline === discipline);
}

export function getOutline(discipline: DisciplineId, version: string, overrides: readonly Outline[] = []): Outline | undefined {
  return outlineVersions(discipline, overrides).find((o) => o.version === version);
}

/** The outline in force for a discipline: not superseded, latest effective date; undated counts as newest. */
export function currentOutline(discipline: DisciplineId, overrides: readonly Outline[] = []): Outline | undefined {
  const candidates = outlineVersions(discipline, overrides).filter((o) => !o.superseded);
  return candidates.sort((a, b) => (b.effective ?? '9999') .localeCompare(a.effective ?? '9999'))[0];
}

export function findCategory(outline: Outline, name: string): Category | undefined {
  return outline.categories.find((c) => c.name === name);
}

/** The major category holding a subcategory name, or undefined when the outline does not list it. */
export function categoryOfSubcategory(outline: Outline, subcategory: string): Category | undefined {
  return outline.categories.find((c) => c.subcategories.some((s) => s.name === subcategory));
}

export function isConfirmed(outline: Outline): boolean {
  return outline.confidence === 'names-arrt';
}

/**
 * Whether a discipline's current outline can be relied on: `unknown` when we have none in force or
 * it lists no categories (nothing could ever count toward it); `stale` when ours is a version ARRT
 * has since revised (MRI: 2016, revised ~2020; it still reads old sponsor wording); `unconfirmed`
 * when not stated by ARRT nor entered by the user. `unknown` and `stale` ask the user for the
 * current outline (options, "Content outlines") instead of using ours as if it were current.
 */
export function outlineStatus(outline: Outline | undefined): 'confirmed' | 'unconfirmed' | 'stale' | 'unknown' {
  if (!outline || outline.categories.length === 0) return 'unknown';
  if (outline.confidence === 'old') return 'stale';
  return outline.confidence === 'names-arrt' || outline.confidence === 'user' ? 'confirmed' : 'unconfirmed';
}

/** Plain-language label for how sure the data is, shown beside every unconfirmed outline. */
export const CONFIDENCE_LABEL: Record<Outline['confidence'], string> = {
  'names-arrt': 'Subcategory names stated by ARRT',
  'third-party': 'From third-party study material — not confirmed by ARRT',
  partial: 'Incomplete — some subcategories could not be found',
  old: 'An older outline version — may not match your prescription',
  inferred: 'Inferred from partial sources — check against your ARRT documents',
  missing: 'Subcategories unknown — enter them from your ARRT documents',
  user: 'Entered by you',
};
