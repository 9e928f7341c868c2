import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { CoursePanel, type SaveRequest } from '../../components/badge/CoursePanel';
import { ListingBadge } from '../../components/badge/ListingBadge';
import { BADGE_CSS } from '../../components/badge/styles';
import type { CourseBlock } from '../../lib/extract';
import type { ExtractedCourse } from '../../lib/extract/schema';
import { post } from '../../lib/messages/post';
import type { ReplyOf } from '../../lib/messages/schema';
import { readAsBase64 } from './read-file';


/**
 * One closed shadow root per badge: the page's scripts cannot read what it shows (the user's
 * gaps), its CSS cannot restyle it, and keystrokes typed into it do not reach the page.
 */
export async function mountBadges(ctx: ContentScriptContext, blocks: readonly CourseBlock[], reply: ReplyOf<'check-courses'>): Promise<void> {
  await Promise.all(
    blocks.map(async (block, i) => {
      const check = reply.results[i];
      if (!check) return;
      const page = block.course.kind === 'page';
      const ui = await createShadowRootUi(ctx, {
        name: 'ce-companion-badge',
        mode: 'closed',
        css: BADGE_CSS,
        isolateEvents: true,
        position: 'inline',
        // The page panel floats (position: fixed), so it can live at the end of <body>;
        // a listing's chip goes at the end of its own listing.
        anchor: page ? document.body : block.element,
        append: 'last',
        onMount(container, _shadow, host) {
          host.dataset.kind = block.course.kind;
          if (!page) host.style.display = 'block';
          const vnode = page ? h(CoursePanel, { course: block.course, check, setUp: reply.setUp, onSave: (r) => save(block.course, r) }) : h(ListingBadge, { check });
          render(vnode, container);
          return container;
        },
        onRemove(container) {
          if (container) render(null, container);
        },
      });
      ui.mount();
    }),
  );
}

/** Returns an error message for the panel, or null when saved. */
async function save(course: ExtractedCourse, r: SaveRequest): Promise<string | null> {
  try {
    const certificate = r.certificate ? { name: r.certificate.name, type: r.certificate.type, base64: await readAsBase64(r.certificate) } : null;
    const reply = await post({ type: 'save-course', course, status: r.status, completedOn: r.completedOn, confirmedDistribution: null, certificate });
    return reply.ok ? null : reply.error;
  } catch (e) {
    return e instanceof Error && e.message.startsWith('Certificates') ? e.message : 'CE Companion could not save right now. Reload the page and try again.';
  }
}
