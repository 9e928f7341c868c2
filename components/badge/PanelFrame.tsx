import { useEffect, useMemo, useState } from 'preact/hooks';
import { PANEL_OPEN } from '../../lib/messages/badge-events';
import { post } from '../../lib/messages/post';
import { benchMark } from '../bench-mark';
import type { ReplyOf } from '../../lib/messages/schema';
import { CoursePanel } from './CoursePanel';
import { saveFromPanel } from './save';
import { trackVisibility } from './visible';

const COVERED = 'Nothing saved: the panel was covered or hidden when you clicked. Make sure nothing is over it, then click again.';

/**
 * The panel inside its extension-origin frame: it asks the worker for its tab's course and
 * coverage (the page never sees them), and saves only when the browser confirms the panel was
 * really visible at the click, so a decoy over it or a faded host cannot trick the user into one.
 */
export function PanelFrame() {
  const [found, setFound] = useState<ReplyOf<'tab-courses'> | undefined>(undefined);
  const visible = useMemo(() => trackVisibility(document.documentElement), []);
  useEffect(() => {
    // No tab named: the worker answers for the tab this frame is shown in.
    void post({ type: 'tab-courses' }).then(setFound, () => setFound(null));
  }, []);
  useEffect(() => {
    if (found) requestAnimationFrame(() => benchMark('panel-painted'));
  }, [found]);
  if (found === undefined) return null;
  // The badge script names the course in the frame's URL (`#3`): the page's, or a listing's.
  const index = Number(location.hash.slice(1));
  const course = found?.courses[index];
  const check = found?.check.results[index];
  if (!found || !course || !check) return <p class="root panel">CE Companion: this page changed; reload it to check it again.</p>;
  // The worker passes it on to the badge script in this tab (lib/messages/badge-events.ts).
  const tell = (open: boolean) => void post({ type: 'tell-badge', event: { type: PANEL_OPEN, open } }).catch(() => undefined);
  return (
    <CoursePanel
      course={course}
      check={check}
      setUp={found.check.setUp}
      onToggle={tell}
      onSave={async (r) => {
        if (!visible()) return COVERED;
        const reply = await saveFromPanel(check.fingerprint, r);
        return reply.ok ? null : reply.error;
      }}
    />
  );
}
