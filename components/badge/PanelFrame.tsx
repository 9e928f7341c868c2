import { useEffect, useMemo, useState } from 'preact/hooks';
import { PANEL_OPEN } from '../../lib/messages/badge-events';
import { post } from '../../lib/messages/post';
import { benchMark } from '../bench-mark';
import type { ReplyOf } from '../../lib/messages/schema';
import { CoursePanel } from './CoursePanel';
import { panelHash } from './panel-open';
import { saveFromPanel } from './save';
import { trackVisibility } from './visible';

const COVERED = 'Nothing changed: the panel was covered or hidden when you clicked. Make sure nothing is over it, then click again.';
const FAILED = 'CE Companion could not do that right now. Reload the page and try again.';

/**
 * The panel inside its extension-origin frame: `first` is the worker's answer about its tab's
 * course and coverage (the page never sees them), and it saves only when the browser confirms the
 * panel was really visible at the click, so a decoy over it or a faded host cannot trick the user
 * into one.
 */
export function PanelFrame({ first }: { first: Promise<ReplyOf<'tab-courses'>> }) {
  const [found, setFound] = useState<ReplyOf<'tab-courses'> | undefined>(undefined);
  const visible = useMemo(() => trackVisibility(document.documentElement), []);
  useEffect(() => {
    void first.then(setFound);
  }, [first]);
  useEffect(() => {
    if (found) requestAnimationFrame(() => benchMark('panel-painted'));
  }, [found]);
  if (found === undefined) return null;
  const hash = panelHash(location.hash);
  const course = found?.courses[hash.index];
  const check = found?.check.results[hash.index];
  if (!found || !course || !check) return <p class="root panel">CE Companion: this page changed; reload it to check it again.</p>;
  // The worker passes it on to the badge script in this tab (lib/messages/badge-events.ts).
  const tell = (open: boolean) => void post({ type: 'tell-badge', event: { type: PANEL_OPEN, open } }).catch(() => undefined);
  const fingerprint = check.fingerprint;
  // Every action in the panel goes through the same guard: the panel was really visible at the click.
  // No tab named: the worker acts on the tab this frame is shown in, as for a save.
  // After a change, the worker's new check of the tab: the coverage lines say what the course adds now.
  const guard = <R extends { ok: boolean }>(action: () => Promise<R>): Promise<R | { ok: false; error: string }> =>
    visible()
      ? action().then(
          (reply) => {
            if (reply.ok) void post({ type: 'tab-courses' }).then((now) => now && setFound(now), () => undefined);
            return reply;
          },
          () => ({ ok: false as const, error: FAILED }),
        )
      : Promise.resolve({ ok: false as const, error: COVERED });
  return (
    <CoursePanel
      course={course}
      check={check}
      setUp={found.check.setUp}
      undoable={found.lastSave?.fingerprint === fingerprint}
      collapsed={hash.collapsed}
      onToggle={tell}
      onSave={(r) => guard(() => saveFromPanel(fingerprint, r))}
      onUndo={(courseId) => guard(() => post({ type: 'undo-save', fingerprint, courseId }))}
      onRemoveFromPlan={() => guard(() => post({ type: 'remove-from-plan', fingerprint }))}
    />
  );
}
