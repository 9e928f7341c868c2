import { formatCredits } from '../../lib/units/credits';

/** A labelled progress bar: "1.5 of 2 credits". Width is relative, so no layout jump as data loads. */
export function Progress({ earned, required, label }: { earned: number; required: number; label: string }) {
  const pct = required > 0 ? Math.min(100, Math.round((earned / required) * 100)) : 100;
  return (
    <div class="progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={required / 100} aria-valuenow={Math.min(earned, required) / 100} aria-valuetext={`${formatCredits(Math.min(earned, required))} of ${formatCredits(required)} credits`}>
      <div class="progress-fill" style={{ width: `${pct}%` }} />
    </div>
  );
}
