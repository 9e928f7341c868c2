import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
// `post`, not `send`: the worker validates every message, and the popup's first paint loads no zod.
import { post } from '../../lib/messages/post';
import type { ReplyOf } from '../../lib/messages/schema';
import { formatCredits } from '../../lib/units/credits';
import { CoverageLines } from '../coverage-lines';
import { undoneMessage } from '../ui/undone';
import { PageFallback } from './PageFallback';

type TabState = ReplyOf<'tab-courses'>;

/** What was recognized on the current tab (undefined while asking), held by the popup so it can place the card. */
export interface TabCourses {
  state: TabState | undefined;
  tabId: number | undefined;
  load: () => Promise<void>;
}

export function useTabCourses(): TabCourses {
  const [state, setState] = useState<TabState | undefined>(undefined);
  const [tabId, setTabId] = useState<number | undefined>(undefined);
  async function load() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    setTabId(tab?.id);
    setState(tab?.id === undefined ? null : await post({ type: 'tab-courses', tabId: tab.id }).catch(() => null));
  }
  useEffect(() => void load(), []);
  return { state, tabId, load };
}

export function hasCourse(tab: TabCourses): boolean {
  return !!tab.state && tab.state.courses.length > 0;
}

/** The course recognized on the current tab, with its coverage and the save buttons; or "Check this page". */
export function TabCourse({ today, tab }: { today: string; tab: TabCourses }) {
  const { state, tabId, load } = tab;
  const [message, setMessage] = useState<string | null>(null);
  const [checked, setChecked] = useState(false);

  if (state === undefined) return null;
  if (!state || state.courses.length === 0) {
    return (
      <section class="tab-check" aria-label="This tab">
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
  const saved = check?.saved ?? null;
  // The latest save made on this tab's page (its panel, a chip, or here): the popup can take it back.
  const lastSave = check && state.lastSave?.fingerprint === check.fingerprint ? state.lastSave : null;
  const undo = async (courseId: string) => {
    if (!check) return;
    const r = await post({ type: 'undo-save', fingerprint: check.fingerprint, courseId, tabId });
    setMessage(r.ok ? undoneMessage(r.status) : r.error);
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
      {saved && !lastSave && (
        <p class="muted" data-testid="saved-status">
          Saved as {saved.status}.
        </p>
      )}
      {/* Completed already: nothing to offer here (a retake is recorded from the options page). Planned: it can be completed. */}
      {state.courses.length === 1 && saved?.status !== 'completed' && (
        <div class="row">
          <button type="button" data-testid="save-completed" onClick={() => void save('completed')}>
            Completed today
          </button>
          {!saved && (
            <button type="button" class="secondary" data-testid="save-planned" onClick={() => void save('planned')}>
              Plan it
            </button>
          )}
        </div>
      )}
      {message && <p role="status">{message}</p>}
      {lastSave && (
        <p class="row" data-testid="last-save">
          <span>Saved on this page as {lastSave.status}.</span>
          <button type="button" class="secondary" data-testid="undo" onClick={() => void undo(lastSave.courseId)}>
            Undo
          </button>
        </p>
      )}
    </section>
  );
}
