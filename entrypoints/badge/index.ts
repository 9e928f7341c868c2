import { onFindings } from '../../components/badge/handoff';
import { startScript } from '../../components/badge/script-life';
import { benchMark } from '../../components/bench-mark';
import { mountBadges, type Mounted } from './mount';

/**
 * The badge UI, injected by the worker (before the reader) into a page the detector finds about
 * CE (an unlisted script: it is in no manifest match list and never loads on other pages, and it
 * says nothing to the page when it starts). It shows nothing until the detector hands it courses:
 * a catalog's first listings, then all of them. When the page's courses change (a single-page app), the
 * badges are replaced, or removed. A newer copy of this script retires this one.
 */
export default defineUnlistedScript(() => {
  const life = startScript('badge');
  let mounted: Mounted | null = null;
  let round = 0;
  const unmount = () => {
    mounted?.remove();
    mounted = null;
  };
  life.addEventListener('abort', unmount, { once: true });
  const stop = onFindings((found) => {
    const mine = ++round;
    // A chip clicked on the courses shown so far (a catalog's first listings) opens on the next ones.
    const reopen = mounted?.pending() ?? null;
    unmount();
    if (!found || life.aborted) return;
    benchMark('badges-mounting');
    let next: Mounted;
    try {
      next = mountBadges(found.blocks, found.checked, reopen);
    } catch {
      // A page that breaks our hosts (a hostile page) is left as it was.
      return;
    }
    benchMark('badges-mounted');
    // Newer findings came while these were mounting, or this script was retired: these go.
    if (mine === round && !life.aborted) mounted = next;
    else next.remove();
  });
  life.addEventListener('abort', stop, { once: true });
});
