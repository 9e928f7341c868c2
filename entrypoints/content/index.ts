import { isLikelyCePage, extractCourseBlocks } from '../../lib/extract';
import { send } from '../../lib/messages';
import { SPONSOR_MATCHES, TEST_MATCHES } from '../../lib/sponsor-hosts';
import { mountBadges } from './mount';

/**
 * Runs on supported sponsor sites (and, when the user asks, on the page in front of them):
 * recognizes CE courses, asks the worker what they would cover, and shows it. It never touches
 * storage; on a page that is not about CE it stops after one cheap check.
 */
export default defineContentScript({
  matches: import.meta.env.MODE === 'e2e' ? [...SPONSOR_MATCHES, ...TEST_MATCHES] : [...SPONSOR_MATCHES],
  runAt: 'document_idle',
  async main(ctx) {
    // "Check this page" may inject us into a page we already run on.
    const marker = globalThis as { __ceCompanion?: boolean };
    if (marker.__ceCompanion) return;
    marker.__ceCompanion = true;
    if (!isLikelyCePage(document, location.href)) return;
    const blocks = extractCourseBlocks(document, location.href);
    if (blocks.length === 0) return;
    const courses = blocks.map((b) => b.course);
    const reply = await send({ type: 'check-courses', url: location.href, courses });
    if (ctx.isValid) await mountBadges(ctx, blocks, reply);
  },
});
