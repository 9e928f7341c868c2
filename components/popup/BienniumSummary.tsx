import type { BienniumProgress } from '../../lib/rules';
import { formatCredits } from '../../lib/units/credits';
import { Progress } from '../ui/Progress';
import { daysText } from '../ui/names';

export function BienniumSummary({ biennium }: { biennium: BienniumProgress | null }) {
  if (!biennium) return <section class="card">Add your birth month in Options to see your biennium.</section>;
  return (
    <section class="card" aria-label="Biennium">
      <h2>
        Biennium <span data-testid="biennium-total">{formatCredits(Math.min(biennium.earned, biennium.required))} / {formatCredits(biennium.required)}</span> credits
      </h2>
      <Progress earned={biennium.earned} required={biennium.required} label="Biennium credits" />
      <p class="muted">
        {biennium.start} – {biennium.end}, ends {daysText(biennium.daysLeft)}
        {biennium.basis !== 'profile' ? ' (dates estimated — set your biennium start year in Options)' : ''}.
      </p>
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
    </section>
  );
}
