import { browser } from 'wxt/browser';
import { useLayoutEffect } from 'preact/hooks';
import { isFarAway, nextStep } from '../../lib/rules/next-step';
import { showDate, whenText } from '../../lib/units/show';
import { benchMark } from '../bench-mark';
import type { Summary } from '../../lib/rules/summary';
import { useSummary } from '../data/use-summary';
import { disciplineName } from '../ui/names';
import { BienniumQuestion } from './BienniumQuestion';
import { StandingNotices } from '../standing-notices';
import { BienniumSummary } from './BienniumSummary';
import { CredentialCard } from './CredentialCard';
import { hasCourse, TabCourse, useTabCourses } from './TabCourse';

/**
 * The toolbar popup: what to do next, then every gap and deadline at a glance. On a course page the
 * course comes right after the next step; credentials with nothing due for years are folded away.
 * `first` is the stored summary (entrypoints/popup/main.tsx reads it before rendering).
 */
export function Popup({ first }: { first: Summary | null }) {
  const { summary, error } = useSummary(first);
  const tab = useTabCourses();
  const ready = summary !== null;
  // When the data is in the DOM (as a blank page's load event marks its own), not a frame later.
  useLayoutEffect(() => {
    if (ready) benchMark('popup-ready');
  }, [ready]);
  const openOptions = () => void browser.runtime.openOptionsPage().then(() => window.close());
  if (error) return <main class="error">CE Companion could not read its data: {error}</main>;
  if (!summary) return <main aria-busy="true" style={{ minHeight: '200px' }} />;
  const { evaluation, today, firstRun, birthMonth, renewal } = summary;
  const course = hasCourse(tab) && <TabCourse today={today} tab={tab} />;
  const near = evaluation.credentials.filter((c) => !isFarAway(c, today));
  const far = evaluation.credentials.filter((c) => isFarAway(c, today));
  const guessing = birthMonth !== null && evaluation.biennium !== null && evaluation.biennium.basis !== 'profile';
  const step = guessing ? null : nextStep(evaluation, renewal);
  return (
    <main>
      <header class="row" style={{ justifyContent: 'space-between', marginTop: 0 }}>
        <h1>CE Companion</h1>
        <button type="button" class="secondary" data-testid="open-options" onClick={openOptions}>
          Options
        </button>
      </header>
      {firstRun ? (
        <section class="card" data-testid="popup-first-run">
          <h2>Welcome</h2>
          <p>Answer a few questions once — your birth month, your biennium, your ARRT credentials — and CE Companion shows what you still need and by when. Everything stays on this computer.</p>
          <button type="button" onClick={openOptions}>
            Set up
          </button>
        </section>
      ) : (
        <>
          {step && (
            <p class="next-step" data-testid="next-step">
              <strong>Next:</strong> {step}
            </p>
          )}
          {guessing && <BienniumQuestion birthMonth={birthMonth} today={today} />}
          <StandingNotices evaluation={evaluation} limit={4} />
          {course}
          <BienniumSummary biennium={evaluation.biennium} renewal={renewal} today={today} />
          {near.map((c) => (
            <CredentialCard key={c.credentialId} progress={c} today={today} />
          ))}
          {far.map((c) => (
            <details key={c.credentialId} class="card far" data-testid="far-credential">
              <summary>
                {disciplineName(c.discipline)}
                <span class="muted">{c.cqr ? ` · CQR window opens ${showDate(c.cqr.windowStart)} (${whenText(today, c.cqr.windowStart)})` : ' · not time-limited: no CQR'}</span>
              </summary>
              <CredentialCard progress={c} today={today} />
            </details>
          ))}
        </>
      )}
      {!course && <TabCourse today={today} tab={tab} />}
    </main>
  );
}
