/**
 * Discipline ids and outline keys without zod, for code that only looks outlines up (the
 * content script above all: zod stays out of its bundle).
 */

/** ARRT discipline ids as used in `shipped-outlines.json` (ARRT's own credential abbreviations). */
export const DISCIPLINE_IDS = ['R', 'N', 'T', 'S', 'MR', 'CT', 'M', 'BD', 'VS', 'BS', 'VI', 'CI', 'RRA'] as const;

/** The outline key a user override replaces. */
export function outlineKey(o: { discipline: string; version: string }): string {
  return `${o.discipline}@${o.version}`;
}
