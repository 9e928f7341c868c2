import { subcategoriesMentioned, type Outline } from '../outlines';
import { CREDIT_LIMITS, toHundredths } from '../units/credits';
import type { PrescriptionItem } from './model';

export interface ParsedPrescription {
  items: PrescriptionItem[];
  /** Lines that name credits but no subcategory of the outline: shown so the user can fix them. */
  unrecognized: string[];
}

/** A decimal credit figure as people type it: "2", "1.5", ".5", "0.25". */
const CREDIT_FIGURE = /(\d*\.\d+|\d+)\s*(?:credits?|cr\.?|hours?|ce)?\b/i;

/**
 * Reads a prescription copied from the ARRT CQR tool or typed by the user, one subcategory per
 * line ("Safety — Radiation Safety and Dose: 2 credits", "Image Formation 1.5"). Names are matched
 * to the credential's outline; the result is shown for confirmation, never saved silently.
 */
export function parsePrescriptionText(text: string, outline: Outline): ParsedPrescription {
  const items = new Map<string, PrescriptionItem>();
  const unrecognized: string[] = [];
  for (const raw of text.slice(0, 20_000).split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const [match] = subcategoriesMentioned(outline, line);
    const figure = CREDIT_FIGURE.exec(line.replace(/(\d),(\d)/g, '$1.$2'));
    const credits = figure ? toHundredths(Number(figure[1])) : 0;
    if (!match || credits <= 0 || credits > CREDIT_LIMITS.prescriptionItem) {
      if (/\d/.test(line)) unrecognized.push(line);
      continue;
    }
    const key = `${match.category}\u0000${match.subcategory}`;
    const previous = items.get(key);
    items.set(key, { ...match, credits: (previous?.credits ?? 0) + credits });
  }
  return { items: [...items.values()], unrecognized };
}
