import { browser } from 'wxt/browser';
import { useLayoutEffect } from 'preact/hooks';
import { benchMark } from '../bench-mark';
import { useSummary } from '../data/use-summary';
import { StandingNotices } from '../standing-notices';
import { BienniumSummary } from './BienniumSummary';
import { CredentialCard } from './CredentialCard';
import { TabCourse } from './TabCourse';

/** The toolbar popup: every gap and deadline at a glance, then the course on the current tab. */
export function Popup() {
  const { summary, error } = useSummary();
  const ready = summary !== null;
  // When the data is in the DOM (as a blank page's load event marks its own), not a frame later.
  useLayoutEffect(() => {
    if (ready) benchMark('popup-ready');
  }, [ready]);
  const openOptions = () => void browser.runtime.openOptionsPage().then(() => window.close());
  if (error) return <main class="error">CE Companion could not read its data: {error}</main>;
  if (!summary) return <main aria-busy="true" style={{ minHeight: '200px' }} />;
  const { evaluation, today, firstRun } = summary;
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
          <p>Enter your birth month and your ARRT credentials once; CE Companion then shows what you still need and by when. Everything stays on this computer.</p>
          <button type="button" onClick={openOptions}>
            Set up
          </button>
        </section>
      ) : (
        <>
          <StandingNotices evaluation={evaluation} limit={4} />
          <BienniumSummary biennium={evaluation.biennium} />
          {evaluation.credentials.map((c) => (
            <CredentialCard key={c.credentialId} progress={c} today={today} />
          ))}
        </>
      )}
      <TabCourse today={today} />
    </main>
  );
}
