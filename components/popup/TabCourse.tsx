import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
// `post`, not `send`: the worker validates every message, and the popup's first paint loads no zod.
import { post } from '../../lib/messages/post';
import type { ReplyOf } from '../../lib/messages/schema';
import { formatCredits } from '../../lib/units/credits';
import { CoverageLines } from '../coverage-lines';
import { PageFallback } from './PageFallback';

type TabState = ReplyOf<'tab-courses'>;

/** The course recognized on the current tab, with its coverage and the save buttons; or "Check this page". */
export function TabCourse({ today }: { today: string }) {
  const [state, setState] = useState<TabState | undefined>(undefined);
  const [message, setMessage] = useState<string | null>(null);
  const [checked, setChecked] = useState(false);

  const [tabId, setTabId] = useState<number | undefined>(undefined);

  async function load() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    setTabId(tab?.id);
    setState(tab?.id === undefined ? null : await post({ type: 'tab-courses', tabId: tab.id }).catch(() => null));
  }
  useEffect(() => void load(), []);

  if (state === undefined) return null;
  if (!state || state.courses.length === 0) {
    return (
      <section class="card">
        <p class="muted">No CE course recognized on this tab.</p>
        <button
          type="button"
          class="secondary"
          onClick={async () => {
            const r = await post({ type: 'check-active-tab' });
            setMessage(r.ok ? 'Checked. If this page shows a course, its badge appears on the page.' : (r.error ?? 'Could not check this page.'));
            // The detector reports within a moment; nothing by then: offer the course by hand.
            if (r.ok) setTimeout(() => void load().then(() => setChecked(true)), 1500);
          }}
        >
          Check this page
        </button>
        {message && <p role="status">{message}</p>}
        <PageFallback checked={checked} today={today} />
      </section>
    );
  }
  const index = 0;
  const course = state.courses[index]!;
  const check = state.check.results[index];
  const save = async (status: 'planned' | 'completed') => {
    if (!check) return;
    const r = await post({ type: 'save-course', fingerprint: check.fingerprint, tabId, status, completedOn: status === 'completed' ? today : null, confirmedDistribution: null, certificate: null });
    setMessage(r.ok ? `Saved as ${r.status}.` : r.error);
    // The worker checked the tab again after saving: show what the course adds now.
    if (r.ok) await load();
  };
  return (
    <section class="card" data-testid="tab-course" aria-label="Course on this page">
      <h2>On this page{state.courses.length > 1 ? ` (${state.courses.length} courses)` : ''}</h2>
      <p>
        <strong>{course.title}</strong>
        {course.credits !== null ? ` · ${formatCredits(course.credits)} credits` : ''}
      </p>
      {check && <CoverageLines coverage={check.coverage} />}
      {state.courses.length === 1 && (
        <div class="row">
          <button type="button" data-testid="save-completed" onClick={() => void save('completed')}>
            Completed today
          </button>
          <button type="button" class="secondary" data-testid="save-planned" onClick={() => void save('planned')}>
            Plan it
          </button>
        </div>
      )}
      {message && <p role="status">{message}</p>}
    </section>
  );
}
