import { clearBadges, leaveForBadge } from '../../components/badge/handoff';
import { benchMark } from '../../components/bench-mark';
import { extractCourseBlocks, isLikelyCePage, type CourseBlock } from '../../lib/extract';
import { post } from '../../lib/messages/post';
import { SPONSOR_MATCHES, TEST_MATCHES } from '../../lib/sponsor-hosts';
import { lookWhileChanging } from './look-again';

/**
 * The detector. Runs on supported sponsor sites (and, when the user asks, on the page in front
 * of them): recognizes CE courses and asks the worker what they would cover. It carries no UI:
 * only when there is something to show does the worker inject the badge script, so a page that
 * is not about CE pays for one cheap check and nothing more. It never touches storage.
 * Pages that render their courses late, and single-page apps that move to another course
 * without a page load, get another look (`lookWhileChanging`).
 */
export default defineContentScript({
  matches: import.meta.env.MODE === 'e2e' ? [...SPONSOR_MATCHES, ...TEST_MATCHES] : [...SPONSOR_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    // "Check this page" may inject us into a page we already run on.
    const marker = globalThis as { __ceCompanion?: boolean };
    if (marker.__ceCompanion) return;
    marker.__ceCompanion = true;
    benchMark('start');
    const blocks = find();
    benchMark('detected');
    let stopWatching = blocks.length ? () => undefined : lookWhileChanging(ctx, lookAndReport);
    if (blocks.length) void report(blocks);

    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl, oldUrl }) => {
      // A jump within the page (#credits) is the same course.
      if (withoutHash(newUrl) === withoutHash(oldUrl)) return;
      // Another course, or none: what was shown for the last one goes, and the worker forgets it.
      stopWatching();
      clearBadges();
      void post({ type: 'check-courses', url: location.href, courses: [] });
      stopWatching = lookWhileChanging(ctx, lookAndReport, true);
    });
  },
});

const withoutHash = (url: URL) => url.href.replace(/#.*$/, '');

function find(): CourseBlock[] {
  return isLikelyCePage(document) ? extractCourseBlocks(document, location.href) : [];
}

function lookAndReport(): boolean {
  const blocks = find();
  if (blocks.length) void report(blocks);
  return blocks.length > 0;
}

async function report(blocks: CourseBlock[]): Promise<void> {
  const reply = await post({ type: 'check-courses', url: location.href, courses: blocks.map((b) => b.course) });
  leaveForBadge({ blocks, reply });
}
