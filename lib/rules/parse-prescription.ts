import { subcategoriesMentioned, type Outline } from '../outlines';
import { CREDIT_LIMITS, toHundredths } from '../units/credits';
import type { PrescriptionItem } from './model';

export interface ParsedPrescription {
  items: PrescriptionItem[];
  /** Lines that name credits but no subcategory of the outline: shown so the user can fix them. */
  unrecognized: string[];
  /** Lines naming a subcategory already read (a summary and a detail line): never summed, shown to check. */
  duplicates: string[];
}

/** A decimal credit figure as people type it: "2", "1.5", ".5", "0.25". */
const FIGURE = String.raw`(\d*\.\d+|\d+)`;
const CREDIT_FIGURE = new RegExp(String.raw`${FIGURE}\s*(?:credits?|cr\.?|hours?|ce)?\b`, 'i');
/** A progress line: "completed 0.5 of 2.0 credits", "0 / 2.0 credits": the requirement is the second figure. */
const PROGRESS = new RegExp(String.raw`${FIGURE}\s*(?:of|/)\s*${FIGURE}`, 'i');
/** A list marker before the text: "1. ", "2) ", "- ", "• ". Its number is not a credit figure. */
const LIST_MARKER = /^\s*(?:\d{1,2}[.)]|[-•*–])\s+/;
/** Short forms people type for outline words (the outline's own names are matched after these). */
const SHORT_FORMS: Array<[RegExp, string]> = [
  [/\bmsk\b/gi, 'Musculoskeletal'],
  [/\bpt\b/gi, 'Patient'],
  [/\bimg\b/gi, 'Image'],
  [/\beval\b/gi, 'Evaluation'],
];

/** One line as the outline's names can be matched in it: slashes between words read as "and", short forms spelled out. */
function readable(line: string): string {
  let text = line.replace(LIST_MARKER, '').replace(/([A-Za-z])\s*\/\s*(?=[A-Za-z])/g, '$1 and ');
  for (const [short, long] of SHORT_FORMS) text = text.replace(short, long);
  return text;
}

function creditsIn(text: string): number {
  const figures = text.replace(/(\d),(\d)/g, '$1.$2');
  const progress = PROGRESS.exec(figures);
  const figure = progress ? progress[2] : CREDIT_FIGURE.exec(figures)?.[1];
  return figure === undefined ? 0 : toHundredths(Number(figure));
}

/**
 * Reads a prescription copied from the ARRT CQR tool or typed by the user, one subcategory per
 * line ("Safety — Radiation Safety and Dose: 2 credits", "Image Formation 1.5"), or a table pasted
 * with each cell on its own line (the subcategory, then its credits). Names are matched to the
 * credential's outline; the result is shown for confirmation, never saved silently. A subcategory
 * named twice keeps its first figure and is reported, never summed.
 */
export function parsePrescriptionText(text: string, outline: Outline): ParsedPrescription {
  const items = new Map<string, PrescriptionItem>();
  const unrecognized: string[] = [];
  const duplicates: string[] = [];
  let pending: { line: string; match: { category: string; subcategory: string } } | null = null;
  for (const raw of text.slice(0, 20_000).split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const body = readable(line);
    const [match] = subcategoriesMentioned(outline, body);
    const credits = creditsIn(body);
    // A table cell with only a figure belongs to the subcategory on the line before.
    const target = match ?? (pending && /^[\d.,\s/]+(?:credits?|cr\.?|hours?|ce)?$/i.test(body) ? pending.match : undefined);
    const source = match ? line : `${pending?.line ?? ''} ${line}`;
    if (match && credits === 0 && !/\d/.test(body)) {
      pending = { line, match };
      continue;
    }
    pending = null;
    if (!target || credits <= 0 || credits > CREDIT_LIMITS.prescriptionItem) {
      if (/\d/.test(line)) unrecognized.push(line);
      continue;
    }
    const key = `${target.category}\u0000${target.subcategory}`;
    if (items.has(key)) {
      duplicates.push(source.trim());
      continue;
    }
    items.set(key, { ...target, credits });
  }
  return { items: [...items.values()], unrecognized, duplicates };
}
