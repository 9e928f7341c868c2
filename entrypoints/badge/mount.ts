import { browser } from 'wxt/browser';
import { BADGE_HOST } from '../../components/badge/handoff';
import { listingChip } from '../../components/badge/listing-chip';
import { isPanelOpen } from '../../components/badge/panel-open';
import { BADGE_CSS, FRAME_HOST_CSS } from '../../components/badge/styles';
import type { CourseBlock } from '../../lib/extract';
import type { ExtractedCourse } from '../../lib/extract/schema';
import type { ReplyOf } from '../../lib/messages/schema';

/**
 * Shows the worker's answer on the page. A course page's panel — the user's gaps, a form — is an
 * extension page in a frame; a catalog listing's chip is a closed shadow root.
 */
export function mountBadges(blocks: readonly CourseBlock[], reply: ReplyOf<'check-courses'>): () => void {
  const chips: Element[] = [];
  // One panel at a time: the course page's, or the one a listing's chip opened.
  let removePanel = () => {};
  const showPanel = (index: number) => {
    removePanel();
    removePanel = mountPanelFrame(index);
  };
  blocks.forEach((block, i) => {
    if (!reply.results[i]) return;
    if (block.course.kind !== 'page') chips.push(mountChip(block.element, block.course, () => showPanel(i)));
  });
  const page = blocks.findIndex((b, i) => b.course.kind === 'page' && reply.results[i]);
  if (page >= 0) showPanel(page);
  return () => {
    chips.forEach((c) => c.remove());
    removePanel();
  };
}

/**
 * The panel's frame, floating in a corner at the end of <body> (no layout shift). The frame is
 * our extension page (`/badge-frame.html`, reachable from pages only at its per-session dynamic
 * URL): the page's find-in-page, layout probing and key listeners cannot reach into it. Its host
 * has one of two fixed sizes, so measuring it tells the page nothing.
 */
function mountPanelFrame(index: number): () => void {
  const host = document.createElement(BADGE_HOST);
  host.setAttribute('data-kind', 'page');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = FRAME_HOST_CSS;
  const frame = document.createElement('iframe');
  frame.title = 'CE Companion';
  // Which of the tab's courses to show: the frame reads the rest from the worker.
  frame.src = `${browser.runtime.getURL('/badge-frame.html')}#${index}`;
  shadow.append(style, frame);
  document.body.append(host);
  const resize = (message: unknown) => {
    if (isPanelOpen(message)) frame.classList.toggle('collapsed', !message.open);
  };
  browser.runtime.onMessage.addListener(resize);
  return () => {
    browser.runtime.onMessage.removeListener(resize);
    host.remove();
  };
}

/**
 * A catalog listing's chip, at the end of its listing. A catalog can hold hundreds, and a chip
 * shows nothing personal, so each is a bare closed shadow root sharing one stylesheet: WXT's
 * helper (built for one UI per page) and a Preact render each made 200 of them take ~35 ms.
 */
function mountChip(listing: Element, course: ExtractedCourse, open: () => void): Element {
  const host = document.createElement(BADGE_HOST);
  // Attributes rather than `dataset` and `style`: each of those is one more object per chip.
  host.setAttribute('data-kind', 'listing');
  host.setAttribute('style', 'display: block');
  const shadow = host.attachShadow({ mode: 'closed' });
  styleChip(shadow);
  shadow.append(listingChip(document, course, open));
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
