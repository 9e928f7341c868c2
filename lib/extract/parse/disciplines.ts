import type { DisciplineId } from '../../outlines';

/**
 * How pages name ARRT disciplines, more specific names first: at any position the first name
 * that matches wins and its text is used up, so "Vascular-Interventional Radiography" is VI and
 * not also R. Abbreviations are case-sensitive ("MR" yes, "Mr." no).
 */
const NAMES: ReadonlyArray<[DisciplineId, string]> = [
  ['VI', String.raw`vascular[- ]interventional(?: radiography)?`],
  ['CI', String.raw`cardiac[- ]interventional(?: radiography)?`],
  ['VS', String.raw`vascular sonography`],
  ['BS', String.raw`breast sonography|breast ultrasound`],
  ['BD', String.raw`bone densit(?:ometry|y)`],
  ['RRA', String.raw`radiologist assistant`],
  ['CT', String.raw`computed tomography`],
  ['MR', String.raw`magnetic resonance(?: imaging)?`],
  ['M', String.raw`mammography`],
  ['N', String.raw`nuclear medicine(?: technology)?`],
  ['T', String.raw`radiation therapy`],
  ['S', String.raw`sonography|ultrasound`],
  ['R', String.raw`radiography`],
];
const ABBREVIATIONS: ReadonlyArray<[DisciplineId, string]> = [
  ['VS', String.raw`\bRVS\b`],
  ['BD', String.raw`\bDE?XA\b`],
  ['RRA', String.raw`\bR\.R\.A\.|\bRRA\b`],
  ['CT', String.raw`\bCT\b`],
  ['MR', String.raw`\bMRI?\b`],
  ['M', String.raw`\bMAM\b`],
  ['S', String.raw`\bRDMS\b`],
];

/** One regex per list, a capture group per discipline: one scan finds them all. */
function scanner(names: ReadonlyArray<[DisciplineId, string]>, flags: string) {
  return { re: new RegExp(names.map(([, p]) => `(${p})`).join('|'), flags), ids: names.map(([id]) => id) };
}
// Scans never overlap themselves, and no abbreviation can sit inside a full name (those are
// lower-case words), so the two scans need not blank out each other's matches.
const SCANNERS = [scanner(NAMES, 'gi'), scanner(ABBREVIATIONS, 'g')];

/** Every discipline a text names, in order of first mention. */
export function disciplinesIn(text: string): DisciplineId[] {
  const rest = text.slice(0, 5000);
  const first = new Map<DisciplineId, number>();
  for (const { re, ids } of SCANNERS) {
    re.lastIndex = 0;
    for (let m = re.exec(rest); m; m = re.exec(rest)) {
      const id = ids[m.findIndex((g, i) => i > 0 && g !== undefined) - 1]!;
      if (!first.has(id) || m.index < first.get(id)!) first.set(id, m.index);
    }
  }
  return [...first].sort((a, b) => a[1] - b[1]).map(([id]) => id);
}
