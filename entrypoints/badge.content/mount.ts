import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { CoursePanel, type SaveRequest } from '../../components/badge/CoursePanel';
import { BADGE_HOST } from '../../components/badge/handoff';
import { bestFits, listingChip } from '../../components/badge/listing-chip';
import { BADGE_CSS } from '../../components/badge/styles';
import type { CourseBlock } from '../../lib/extract';
import type { ExtractedCourse } from '../../lib/extract/schema';
import { post } from '../../lib/messages/post';
import type { CourseCheck, ReplyOf } from '../../lib/messages/schema';
import { readAsBase64 } from './read-file';

/**
 * One closed shadow root per badge: the page's scripts cannot read what it shows (the user's
 * gaps), its CSS cannot restyle it, and keystrokes typed into it do not reach the page.
 */
export async function mountBadges(ctx: ContentScriptContext, blocks: readonly CourseBlock[], reply: ReplyOf<'check-courses'>): Promise<() => void> {
  const panels: Array<Promise<() => void>> = [];
  const chips: Element[] = [];
  const best = bestFits(reply.results.filter((_, i) => blocks[i]?.course.kind === 'listing'));
  blocks.forEach((block, i) => {
    const check = reply.results[i];
    if (!check) return;
    if (block.course.kind === 'page') panels.push(mountPanel(ctx, block.course, check, reply.setUp));
    else chips.push(mountChip(block.element, check, best.has(check)));
  });
  const removePanels = await Promise.all(panels);
  return () => {
    chips.forEach((c) => c.remove());
    removePanels.forEach((remove) => remove());
  };
}

/** A course page's panel, with its forms: WXT's shadow-root UI, which also keeps its key events in. */
async function mountPanel(ctx: ContentScriptContext, course: ExtractedCourse, check: CourseCheck, setUp: boolean): Promise<() => void> {
  const ui = await createShadowRootUi(ctx, {
    name: BADGE_HOST,
    mode: 'closed',
    css: BADGE_CSS,
    isolateEvents: true,
    position: 'inline',
    // The panel floats (position: fixed), so it can live at the end of <body>.
    anchor: document.body,
    append: 'last',
    onMount(container, _shadow, host) {
      host.dataset.kind = 'page';
      render(h(CoursePanel, { course, check, setUp, onSave: (r) => save(check.fingerprint, r) }), container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
  return () => ui.remove();
}

/**
 * A catalog listing's chip, at the end of its listing. A catalog can hold hundreds, and a chip
 * has no inputs to isolate, so each is a bare closed shadow root sharing one stylesheet: WXT's
 * helper (built for one UI per page) and a Preact render each made 200 of them take ~35 ms.
 */
function mountChip(listing: Element, check: CourseCheck, best: boolean): Element {
  const host = document.createElement(BADGE_HOST);
  // Attributes rather than `dataset` and `style`: each of those is one more object per chip.
  host.setAttribute('data-kind', 'listing');
  host.setAttribute('style', 'display: block');
  const shadow = host.attachShadow({ mode: 'closed' });
  styleChip(shadow);
  shadow.append(listingChip(document, check, best));
  listing.append(host);
  return host;
}

/** The chips' one stylesheet, parsed once (a `<style>` each cost ~4 ms per 200); null where a content script cannot adopt it. */
let chipSheet: CSSStyleSheet | null | undefined;

function styleChip(shadow: ShadowRoot): void {
  if (chipSheet === undefined) chipSheet = adoptedSheet(shadow);
  else if (chipSheet) shadow.adoptedStyleSheets = [chipSheet];
  if (chipSheet) return;
  const style = document.createElement('style');
  style.textContent = BADGE_CSS;
  shadow.append(style);
}

/** A new sheet adopted by the first chip's shadow root, or null if the browser did not take it. */
function adoptedSheet(shadow: ShadowRoot): CSSStyleSheet | null {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(BADGE_CSS);
    shadow.adoptedStyleSheets = [sheet];
    return shadow.adoptedStyleSheets.length === 1 ? sheet : null;
  } catch {
    return null;
  }
}

/** Returns an error message for the panel, or null when saved. */
async function save(fingerprint: string, r: SaveRequest): Promise<string | null> {
  try {
    const certificate = r.certificate ? { name: r.certificate.name, type: r.certificate.type, base64: await readAsBase64(r.certificate) } : null;
    const reply = await post({ type: 'save-course', fingerprint, status: r.status, completedOn: r.completedOn, confirmedDistribution: null, certificate });
    return reply.ok ? null : reply.error;
  } catch (e) {
    return e instanceof Error && e.message.startsWith('Certificates') ? e.message : 'CE Companion could not save right now. Reload the page and try again.';
  }
}
