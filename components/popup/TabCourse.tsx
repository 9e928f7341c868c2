import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
// `post`, not `send`: the worker validates every message, and the popup's first paint loads no zod.
import { post } from '../../lib/messages/post';
import type { ReplyOf } from '../../lib/messages/schema';
import { formatCredits } from '../../lib/units/credits';
import { CoverageLines } from '../coverage-lines';

export type TabState = ReplyOf<'tab-courses'>;

/** What was recognized on the current tab: undefined while asking, null when nothing can be said. */
export function useTabCourses(): TabState | undefined {
  const [state, setState] = useState<TabState | undefined>(undefined);
  useEffect(() => {
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      setState(tab?.id === undefined ? null : await post({ type: 'tab-courses', tabId: tab.id }).catch(() => null));
    })();
  }, []);
  return state;
}

export function hasCourse(state: TabState | undefined): boolean {
  return !!state && state.courses.length > 0;
}

/** The course recognized on the current tab, with its coverage and the save buttons; or "Check this page". */
export function TabCourse({ today, state }: { today: string; state: TabState | undefined }) {
  const [message, setMessage] = useState<string | null>(null);

  if (state === undefined) return null;
  if (!state || state.courses.length === 0) {
    return (
      <section class="row tab-check" aria-label="This tab">
        <span class="muted">No CE course recognized on this tab.</span>
        <button
          type="button"
          class="secondary"
          onClick={async () => {
            const r = await post({ type: 'check-active-tab' });
            setMessage(r.ok ? 'Checked. If this page shows a course, its badge appears on the page.' : (r.error ?? 'Could not check this page.'));
          }}
        >
          Check this page
        </button>
        {message && <p role="status">{message}</p>}
      </section>
    );
  }
  const index = 0;
  const course = state.courses[index]!;
  const check = state.check.results[index];
  const save = async (status: 'planned' | 'completed') => {
    const r = await post({ type: 'save-course', course, status, completedOn: status === 'completed' ? today : null, confirmedDistribution: null, certificate: null });
    setMessage(r.ok ? `Saved as ${r.status}.` : r.error);
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
