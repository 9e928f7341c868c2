import type { DisciplineId } from '../../outlines';

/**
 * How pages name ARRT disciplines. Longer names first, and each match is blanked before the
 * next pattern runs, so "Vascular-Interventional Radiography" is VI and not also R.
 * Abbreviations are case-sensitive ("MR" yes, "Mr." no).
 */
const NAMES: ReadonlyArray<[DisciplineId, RegExp]> = [
  ['VI', /vascular[- ]interventional(?: radiography)?/gi],
  ['CI', /cardiac[- ]interventional(?: radiography)?/gi],
  ['VS', /vascular sonography|\bRVS\b/g],
  ['BS', /breast sonography|breast ultrasound/gi],
  ['BD', /bone densitometry|\bDXA\b|\bDEXA\b/gi],
  ['RRA', /radiologist assistant|\bR\.?R\.?A\.?(?![a-z])/g],
  ['CT', /computed tomography|\bCT\b/g],
  ['MR', /magnetic resonance(?: imaging)?|\bMRI?\b/g],
  ['M', /mammography|\bMAM\b/gi],
  ['N', /nuclear medicine(?: technology)?/gi],
  ['T', /radiation therapy/gi],
  ['S', /sonography|ultrasound|\bRDMS\b/gi],
  ['R', /radiography/gi],
];

/** Every discipline a text names, in ARRT's order of first mention. */
export function disciplinesIn(text: string): DisciplineId[] {
  let rest = text.slice(0, 5000);
  const found: Array<[number, DisciplineId]> = [];
  for (const [id, re] of NAMES) {
    let first = -1;
    rest = rest.replace(re, (m, offset: number) => {
      if (first < 0) first = offset;
      return ' '.repeat(m.length);
    });
    if (first >= 0) found.push([first, id]);
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, id]) => id);
}

/** The discipline a short text (a table cell, a line's head) names, if exactly one. */
export function disciplineOf(text: string): DisciplineId | null {
  const ids = disciplinesIn(text);
  return ids.length === 1 ? ids[0]! : null;
}
