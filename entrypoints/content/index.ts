import { leaveForBadge } from '../../components/badge/handoff';
import { benchMark } from '../../components/bench-mark';
import { extractCourseBlocks, isLikelyCePage } from '../../lib/extract';
import { post } from '../../lib/messages/post';
import { SPONSOR_MATCHES, TEST_MATCHES } from '../../lib/sponsor-hosts';

/**
 * The detector. Runs on supported sponsor sites (and, when the user asks, on the page in front
 * of them): recognizes CE courses and asks the worker what they would cover. It carries no UI:
 * only when there is something to show does the worker inject the badge script, so a page that
 * is not about CE pays for one cheap check and nothing more. It never touches storage.
 */
export default defineContentScript({
  matches: import.meta.env.MODE === 'e2e' ? [...SPONSOR_MATCHES, ...TEST_MATCHES] : [...SPONSOR_MATCHES],
  runAt: 'document_idle',
  async main() {
    // "Check this page" may inject us into a page we already run on.
    const marker = globalThis as { __ceCompanion?: boolean };
    if (marker.__ceCompanion) return;
    marker.__ceCompanion = true;
    benchMark('start');
    const blocks = isLikelyCePage(document) ? extractCourseBlocks(document, location.href) : [];
    benchMark('detected');
    if (blocks.length === 0) return;
    const reply = await post({ type: 'check-courses', url: location.href, courses: blocks.map((b) => b.course) });
    leaveForBadge({ blocks, reply });
  },
});
