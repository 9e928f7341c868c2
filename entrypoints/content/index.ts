import { BADGE_HOST, badgeListening, leaveForBadge } from '../../components/badge/handoff';
import { benchMark } from '../../components/bench-mark';
import { extractCourseBlocks, isLikelyCePage, type CourseBlock } from '../../lib/extract';
import { post } from '../../lib/messages/post';
import { ASKED_FLAG, SPONSOR_MATCHES, TEST_MATCHES } from '../../lib/sponsor-hosts';
import { lookWhileChanging } from './look-again';

/**
 * The detector. Runs on supported sponsor sites (and, when the user asks, on the page in front
 * of them): recognizes CE courses and asks the worker what they would cover. It carries no UI:
 * only when there is something to show does the worker inject the badge script, so a page that
 * is not about CE pays for one cheap check and nothing more. It never touches storage.
 * It looks again while the page changes after load and after in-app navigations (single-page
 * apps), and reports whenever the courses shown change: new ones, other ones, or none any more.
 */
export default defineContentScript({
  matches: import.meta.env.MODE === 'e2e' ? [...SPONSOR_MATCHES, ...TEST_MATCHES] : [...SPONSOR_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    // "Check this page" may inject us again into a page we already run on: WXT then retires the
    // earlier instance (its context is invalidated, which stops its watching), and this one looks afresh.
    benchMark('start');
    const blocks = find();
    benchMark('detected');
    let shown = '';
    // One report at a time, in order: the badge script shows the last one.
    let reporting = Promise.resolve();
    const sync = (found: CourseBlock[]) => {
      const key = found.map((b) => `${b.course.title}\u0000${b.course.url}`).join('\n');
      if (key === shown) return;
      shown = key;
      reporting = reporting.then(() => report(found)).catch(() => undefined);
    };
    if (blocks.length) sync(blocks);
    let stopWatching = lookWhileChanging(ctx, BADGE_HOST, () => sync(find()));
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl, oldUrl }) => {
      // A jump within the page (#credits) is the same page.
      if (withoutHash(newUrl) === withoutHash(oldUrl)) return;
      stopWatching();
      stopWatching = lookWhileChanging(ctx, BADGE_HOST, () => sync(find()), true);
    });
  },
});

const withoutHash = (url: URL) => url.href.replace(/#.*$/, '');

/** Set by the worker just before it injects us for "Check this page" (see ASKED_FLAG): the user is looking at a course. */
const asked = (globalThis as Record<string, unknown>)[ASKED_FLAG] === true;

function find(): CourseBlock[] {
  return asked || isLikelyCePage(document) ? extractCourseBlocks(document, location.href, { asked }) : [];
}

/**
 * Asks the worker about the courses found and hands its answer to the badge script. None: the
 * page has moved on, its badges go and the worker forgets its courses.
 */
async function report(blocks: CourseBlock[]): Promise<void> {
  if (!blocks.length) leaveForBadge(null);
  const reply = await post({ type: 'check-courses', url: location.href, courses: blocks.map((b) => b.course), badgeLoaded: badgeListening() });
  if (blocks.length) leaveForBadge({ blocks, reply });
}
