import { currentOutline } from '../../lib/outlines/lookup';
import type { DisciplineId } from '../../lib/outlines/schema';

/** "CT — Computed Tomography": ARRT's abbreviation first, as on the ARRT dashboard. */
export function disciplineName(d: DisciplineId): string {
  const name = currentOutline(d)?.name;
  return name ? `${d} — ${name}` : d;
}

/** "in 95 days", "today", "12 days ago". */
export function daysText(days: number): string {
  if (days === 0) return 'today';
  if (days < 0) return `${-days} day${days === -1 ? '' : 's'} ago`;
  return `in ${days} day${days === 1 ? '' : 's'}`;
}

export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
