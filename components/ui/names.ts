import { currentOutline } from '../../lib/outlines/lookup';
import type { DisciplineId } from '../../lib/outlines/schema';

/** "CT — Computed Tomography": ARRT's abbreviation first, as on the ARRT dashboard. */
export function disciplineName(d: DisciplineId): string {
  const name = currentOutline(d)?.name;
  return name ? `${d} — ${name}` : d;
}

export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
