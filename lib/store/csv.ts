import type { Course } from '../rules';
import { formatCredits } from '../units/credits';

const HEADER = ['Completed on', 'Title', 'Sponsor', 'Credits', 'Category', 'Approval number', 'Approved by', 'Distribution', 'URL'];

/**
 * Completed CE as CSV for a spreadsheet or an auditor. Cells that a spreadsheet would run as a
 * formula (=, +, -, @) are prefixed with a quote: titles come from web pages.
 */
export function completedCoursesCsv(courses: readonly Course[]): string {
  const rows = courses
    .filter((c) => c.status === 'completed')
    .sort((a, b) => (a.completedOn ?? '').localeCompare(b.completedOn ?? ''))
    .map((c) => [
      c.completedOn ?? '',
      c.title,
      c.sponsor ?? '',
      formatCredits(c.credits),
      c.category ?? '',
      c.approvalNumber ?? '',
      c.approvedBy ?? '',
      c.distribution.map((d) => `${d.discipline} ${d.category}${d.subcategory ? ` / ${d.subcategory}` : ''}: ${formatCredits(d.credits)}`).join('; '),
      c.url ?? '',
    ]);
  return [HEADER, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
