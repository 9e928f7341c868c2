import type { RulesInput } from '../../lib/rules';

/** Setup is done once the biennium is known and at least one credential is entered. */
export function setupDone(input: RulesInput): boolean {
  return input.profile.birthMonth !== null && input.profile.bienniumStartYear !== null && input.credentials.length > 0;
}

/**
 * First run, as a short guided list (issue #16, item 5): each step says what to enter and where,
 * ticks itself off from the stored data, and the advanced sections wait until it is done.
 */
export function SetupGuide({ input }: { input: RulesInput }) {
  const { profile, credentials, prescriptions } = input;
  const steps = [
    { done: profile.birthMonth !== null, href: '#profile', text: 'Your birth month: it sets your biennium and your annual renewal.' },
    { done: profile.bienniumStartYear !== null, href: '#profile', text: 'Which date your current biennium ends (your ARRT dashboard shows it).' },
    { done: credentials.length > 0, href: '#credentials', text: 'Each ARRT credential you hold, with the date you earned it.' },
    {
      done: prescriptions.length > 0,
      href: '#credentials',
      text: 'If ARRT prescribed CE after your CQR self-assessment: the prescription, under its credential (optional).',
    },
  ];
  const current = steps.findIndex((s) => !s.done);
  return (
    <section class="card setup" id="setup" aria-labelledby="setup-h" data-testid="setup-guide">
      <h2 id="setup-h">Set up in four steps</h2>
      <ol>
        {steps.map((s, i) => (
          <li key={s.text} class={s.done ? 'done' : i === current ? 'current' : undefined} aria-current={i === current ? 'step' : undefined}>
            {s.done ? '✓ ' : ''}
            <a href={s.href}>{s.text}</a>
          </li>
        ))}
      </ol>
      <p class="muted">Everything stays on this computer. The plan and the content outline editor are under “More” once you need them.</p>
    </section>
  );
}
