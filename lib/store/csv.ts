import type { Course } from '../rules';
import { formatCredits } from '../units/credits';

/** The export's columns; the import (lib/import/csv.ts) recognizes each by its header. */
export const CSV_HEADER = ['Completed on', 'Title', 'Sponsor', 'Credits', 'Category', 'Approval number', 'Approved by', 'Format', 'Distribution', 'URL'] as const;
const FORMAT_LABEL = { 'home-study': 'Home study', live: 'Live', unknown: '' } as const;
/** Marks a distribution that was guessed from outline words, so that it comes back as a guess. */
export const ESTIMATED_PREFIX = 'estimated: ';
export const UNMAPPED_SUFFIX = ' (old outline name)';

/**
 * Completed CE as CSV for a spreadsheet or an auditor, and for CE Companion to import back
 * unchanged. Cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR) are prefixed
 * with a quote: titles come from web pages.
 */
export function completedCoursesCsv(courses: readonly Course[]): string {
  const rows = courses
    .filter((c) => c.status === 'completed')
    .sort((a, b) => (a.completedOn ?? '').localeCompare(b.completedOn ?? '') || a.title.localeCompare(b.title))
    .map((c) => [
      c.completedOn ?? '',
      c.title,
      c.sponsor ?? '',
      formatCredits(c.credits),
      c.category ?? '',
      c.approvalNumber ?? '',
      c.approvedBy ?? '',
      FORMAT_LABEL[c.format],
      (c.distributionBasis === 'estimated' && c.distribution.length ? ESTIMATED_PREFIX : '') +
        c.distribution.map((d) => `${d.discipline} ${d.category}${d.subcategory ? ` / ${d.subcategory}` : ''}: ${formatCredits(d.credits)}${d.unmapped ? UNMAPPED_SUFFIX : ''}`).join('; '),
      c.url ?? '',
    ]);
  return [CSV_HEADER, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** A cell a spreadsheet would run as a formula. */
export const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
