import type { DisciplineId } from '../../outlines';

/**
 * How pages name ARRT disciplines. Longer names first, and each match is blanked before the
 * next pattern runs, so "Vascular-Interventional Radiography" is VI and not also R.
 * Abbreviations are case-sensitive ("MR" yes, "Mr." no).
 */
const NAMES: ReadonlyArray<[DisciplineId, RegExp, RegExp?]> = [
  ['VI', /vascular[- ]interventional(?: radiography)?/gi],
  ['CI', /cardiac[- ]interventional(?: radiography)?/gi],
  ['VS', /vascular sonography/gi, /\bRVS\b/g],
  ['BS', /breast sonography|breast ultrasound/gi],
  ['BD', /bone densitometry/gi, /\bDE?XA\b/g],
  ['RRA', /radiologist assistant/gi, /\bR\.R\.A\.|\bRRA\b/g],
  ['CT', /computed tomography/gi, /\bCT\b/g],
  ['MR', /magnetic resonance(?: imaging)?/gi, /\bMRI?\b/g],
  ['M', /mammography/gi, /\bMAM\b/g],
  ['N', /nuclear medicine(?: technology)?/gi],
  ['T', /radiation therapy/gi],
  ['S', /sonography|ultrasound/gi, /\bRDMS\b/g],
  ['R', /radiography/gi],
];

/** Something any of the names above contains: most texts name no discipline and stop here. */
const ANY = /tomograph|\bct\b|\bmri?\b|magnetic|mammo|\bmam\b|nuclear|therapy|sonograph|ultrasound|rdms|\brvs\b|radiograph|interventional|densitometry|\bde?xa\b|radiologist|\br\.?r\.?a\b/i;

/** Every discipline a text names, in ARRT's order of first mention. */
export function disciplinesIn(text: string): DisciplineId[] {
  let rest = text.slice(0, 5000);
  if (!ANY.test(rest)) return [];
  const found: Array<[number, DisciplineId]> = [];
  for (const [id, ...patterns] of NAMES) {
    let first = -1;
    for (const re of patterns) {
      // Most patterns do not occur: a test is far cheaper than a replace that allocates.
      re!.lastIndex = 0;
      if (!re!.test(rest)) continue;
      rest = rest.replace(re!, (m, offset: number) => {
        if (first < 0 || offset < first) first = offset;
        return ' '.repeat(m.length);
      });
    }
    if (first >= 0) found.push([first, id]);
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, id]) => id);
}

/** The discipline a short text (a table cell, a line's head) names, if exactly one. */
export function disciplineOf(text: string): DisciplineId | null {
  const ids = disciplinesIn(text);
  return ids.length === 1 ? ids[0]! : null;
}
