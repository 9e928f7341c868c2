import type { Evaluation } from '../../lib/rules';
import { formatCredits } from '../../lib/units/credits';

const KIND_LABEL = { 'biennium-end': 'biennium ends', 'cqr-submit-by': 'CQR submit-by', 'structured-apply-by': 'structured education, apply by' } as const;

/**
 * The toolbar badge: credits still needed for the nearest deadline that still needs some, so
 * one glance at the toolbar says how much is left; the tooltip says for what and by when.
 */
export function toolbarBadge(ev: Evaluation): { text: string; title: string } {
  const next = ev.deadlines.find((d) => d.remaining !== null && d.remaining > 0);
  if (!next || next.remaining === null) return { text: '', title: 'CE Companion: nothing due' };
  const what = next.discipline ? `${next.discipline} ${KIND_LABEL[next.kind]}` : KIND_LABEL[next.kind];
  return { text: formatCredits(next.remaining).slice(0, 4), title: `CE Companion: ${formatCredits(next.remaining)} credits still needed — ${what} ${next.date} (${next.daysLeft} days)` };
}
