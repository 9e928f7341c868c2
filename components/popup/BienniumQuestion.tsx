import { useState } from 'preact/hooks';
import { bienniumChoices } from '../../lib/rules/birth-month';
import { showDate } from '../../lib/units/show';

/**
 * Asks instead of guessing (issue #16, item 5): until the user says which biennium series is theirs,
 * the dates could be a year off, so the popup asks which end date their ARRT dashboard shows.
 */
export function BienniumQuestion({ birthMonth, today }: { birthMonth: number; today: string }) {
  const [error, setError] = useState<string | null>(null);
  const choices = bienniumChoices(birthMonth, today);
  async function choose(startYear: number) {
    try {
      // The store (and zod) load only when the user answers: the popup's first paint stays small.
      const { mutate } = await import('../data/use-data');
      await mutate(async (s) => s.saveProfile({ ...(await s.getProfile()), bienniumStartYear: startYear }));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }
  return (
    <section class="card question" data-testid="biennium-question" aria-labelledby="bq-h">
      <h2 id="bq-h">Your current biennium ends…</h2>
      <div class="row">
        {/* Neither looks like the default: a wrong answer would move every date by a year. */}
        {choices.map((c) => (
          <button type="button" key={c.startYear} class="secondary" data-testid="biennium-choice" onClick={() => void choose(c.startYear)}>
            {showDate(c.end)}
          </button>
        ))}
      </div>
      <p class="muted">Your ARRT dashboard shows it. Until you choose, the biennium’s dates are not known.</p>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
