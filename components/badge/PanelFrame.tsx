import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { post } from '../../lib/messages/post';
import { benchMark } from '../bench-mark';
import type { ReplyOf } from '../../lib/messages/schema';
import { CoursePanel } from './CoursePanel';
import { PANEL_OPEN, panelHash, type PanelOpen } from './panel-open';
import { saveFromPanel } from './save';
import { trackVisibility } from './visible';

const COVERED = 'Nothing changed: the panel was covered or hidden when you clicked. Make sure nothing is over it, then click again.';
const FAILED = 'CE Companion could not do that right now. Reload the page and try again.';

/**
 * The panel inside its extension-origin frame: it asks the worker for its tab's course and
 * coverage (the page never sees them), and saves only when the browser confirms the panel was
 * really visible at the click, so a decoy over it or a faded host cannot trick the user into one.
 */
export function PanelFrame() {
  const [state, setState] = useState<{ tabId: number | undefined; found: NonNullable<ReplyOf<'tab-courses'>> } | null | undefined>(undefined);
  const visible = useMemo(() => trackVisibility(document.documentElement), []);
  useEffect(() => {
    void (async () => {
      // Firefox answers nothing here for a frame: the worker then takes the frame's own tab.
      const tabId = await browser.tabs.getCurrent().then((t) => t?.id, () => undefined);
      const found = await post({ type: 'tab-courses', tabId }).catch(() => null);
      setState(found ? { tabId, found } : null);
    })();
  }, []);
  useEffect(() => {
    if (state) requestAnimationFrame(() => benchMark('panel-painted'));
  }, [state]);
  if (state === undefined) return null;
  const hash = panelHash(location.hash);
  const course = state?.found.courses[hash.index];
  const check = state?.found.check.results[hash.index];
  if (!state || !course || !check) return <p class="root panel">CE Companion: this page changed; reload it to check it again.</p>;
  const tell = (open: boolean) => {
    if (state.tabId !== undefined) void browser.tabs.sendMessage(state.tabId, { type: PANEL_OPEN, open } satisfies PanelOpen, { frameId: state.found.frameId ?? 0 }).catch(() => undefined);
  };
  const fingerprint = check.fingerprint;
  const tabId = state.tabId;
  // Every action in the panel goes through the same guard: the panel was really visible at the click.
  const guard = <R,>(action: () => Promise<R>): Promise<R | { ok: false; error: string }> =>
    visible() ? action().catch(() => ({ ok: false as const, error: FAILED })) : Promise.resolve({ ok: false as const, error: COVERED });
  return (
    <CoursePanel
      course={course}
      check={check}
      setUp={state.found.check.setUp}
      undoable={state.found.lastSave?.fingerprint === fingerprint}
      collapsed={hash.collapsed}
      onToggle={tell}
      onSave={(r) => guard(() => saveFromPanel(fingerprint, r))}
      onUndo={(courseId) => guard(() => post({ type: 'undo-save', fingerprint, courseId, tabId }))}
      onRemoveFromPlan={() => guard(() => post({ type: 'remove-from-plan', fingerprint, tabId }))}
    />
  );
}
