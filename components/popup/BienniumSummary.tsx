import type { BienniumStanding } from '../../lib/rules/summary';
import { formatCredits } from '../../lib/units/credits';
import { showDate, showRange, whenText } from '../../lib/units/show';
import { Progress } from '../ui/Progress';

export function BienniumSummary({ biennium, renewal, today }: { biennium: BienniumStanding | null; renewal: string | null; today: string }) {
  if (!biennium) return <section class="card">Add your birth month in Options to see your biennium.</section>;
  const known = biennium.basis === 'profile';
  return (
    <section class="card" aria-label="Biennium">
      <h2>
        Biennium <span data-testid="biennium-total">{formatCredits(Math.min(biennium.earned, biennium.required))} / {formatCredits(biennium.required)}</span> credits
      </h2>
      <Progress earned={biennium.earned} required={biennium.required} label="Biennium credits" />
      {known ? (
        <p class="muted" data-testid="biennium-dates">
          {showRange(biennium.start, biennium.end)}, ends {whenText(today, biennium.end)}.
        </p>
      ) : (
        <p class="muted" data-testid="biennium-dates">
          Its dates depend on your answer above.
        </p>
      )}
      {biennium.remaining > 0 && (
        <p>
          <strong data-testid="biennium-remaining">{formatCredits(biennium.remaining)}</strong> credits still needed
          {biennium.sonography && biennium.sonography.remaining >= biennium.remaining ? ' (sonography-related)' : ''}
        </p>
      )}
      {biennium.sonography && (
        <p data-testid="sonography">
          Sonography-related: {formatCredits(biennium.sonography.earned)} / 16 — required of Sonography credential holders
        </p>
      )}
      {renewal && (
        <p class="muted" data-testid="renewal">
          Annual renewal by {showDate(renewal)} ({whenText(today, renewal)}).
        </p>
      )}
    </section>
  );
}
