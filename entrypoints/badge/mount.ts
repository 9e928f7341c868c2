import { browser } from 'wxt/browser';
import { BADGE_HOST } from '../../components/badge/handoff';
import { isPanelOpen, toPanelHash } from '../../components/badge/panel-open';
import { placement } from '../../components/badge/placement';
import { FRAME_HOST_CSS } from '../../components/badge/styles';
import type { CourseBlock } from '../../lib/extract';
import { mountChips } from './chips';

/** What is mounted: `remove` takes it all away; `pending` is a listing whose chip was clicked before the worker's check was in. */
export interface Mounted {
  remove(): void;
  pending(): Element | null;
}

/**
 * Shows the courses found on the page. What is personal is always in an extension page in a
 * frame, which reads the worker's check of the tab (`checked`): a course page's panel (the user's
 * gaps, a form), and each catalog listing's chip (entrypoints/badge/chips.ts). `reopen`: a listing
 * whose chip was clicked on the courses shown before these (a catalog's first listings, shown
 * while the rest were read): its panel opens once these are checked. Whatever fails to mount is
 * taken away again before the error goes on.
 */
export function mountBadges(blocks: readonly CourseBlock[], checked: Promise<boolean>, reopen: Element | null = null): Mounted {
  // One panel at a time: the course page's, or the one a listing's chip opened.
  let removed = false;
  let removePanel = () => {};
  let removeChips = () => {};
  let pending: { index: number; element: Element } | null = null;
  const remove = () => {
    removed = true;
    removeChips();
    removePanel();
  };
  const showPanel = (index: number, mayCover: boolean) => {
    removePanel();
    removePanel = mountPanelFrame(index, mayCover);
  };
  const listings = blocks.flatMap((b, index) => (b.course.kind !== 'page' ? [{ index, element: b.element, course: b.course }] : []));
  // A chip's panel opens because the user asked: open, wherever it lands, once the worker has the
  // check it shows; the last chip clicked before that wins. A failed check opens it too: it says
  // to reload the page.
  const openFromChip = (index: number) => {
    pending = { index, element: blocks[index]!.element };
    void checked.then(() => {
      if (removed || pending?.index !== index) return;
      pending = null;
      showPanel(index, true);
    });
  };
  try {
    if (listings.length) removeChips = mountChips(listings, checked, openFromChip);
    const again = reopen ? listings.find((l) => l.element === reopen) : undefined;
    if (again) openFromChip(again.index);
    // The course page's panel goes up at once (its frame asks the worker, which answers once its
    // check is in), and goes again if the worker could not check the course.
    const page = blocks.findIndex((b) => b.course.kind === 'page');
    if (page >= 0) {
      showPanel(page, false);
      void checked.then((ok) => !ok && !removed && removePanel());
    }
  } catch (e) {
    remove();
    throw e;
  }
  return { remove, pending: () => (removed ? null : (pending?.element ?? null)) };
}

/**
 * The panel's frame, floating in a corner (no layout shift). The frame is our extension page
 * (`/badge-frame.html`, reachable from pages only at its per-session dynamic URL): the page's
 * find-in-page, layout probing and key listeners cannot reach into it. Its host has one of two
 * fixed sizes, so measuring it tells the page nothing. The host goes first in <body>: the panel
 * is early in the page's tab order (a keyboard user reaches it without tabbing through the page).
 * Opened by the page itself (not a chip), it starts collapsed where the open panel would cover
 * the page's title or most of a narrow viewport (high zoom), and the collapsed bar moves to the
 * top where it would cover the title at the bottom.
 */
function mountPanelFrame(index: number, mayCover: boolean): () => void {
  const host = document.createElement(BADGE_HOST);
  host.setAttribute('data-kind', 'page');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = FRAME_HOST_CSS;
  const frame = document.createElement('iframe');
  frame.title = 'CE Companion';
  const place = mayCover ? { collapsed: false, top: false } : placement(document.querySelector('h1')?.getBoundingClientRect() ?? null, innerWidth, innerHeight);
  frame.classList.toggle('collapsed', place.collapsed);
  frame.classList.toggle('top', place.top);
  // Which of the tab's courses to show, and how it starts: the frame reads the rest from the worker
  // (which answers once its check of the tab, under way now, is done).
  frame.src = `${browser.runtime.getURL('/badge-frame.html')}${toPanelHash(index, place.collapsed)}`;
  shadow.append(style, frame);
  document.body.prepend(host);
  const resize = (message: unknown) => {
    if (isPanelOpen(message)) frame.classList.toggle('collapsed', !message.open);
  };
  browser.runtime.onMessage.addListener(resize);
  return () => {
    browser.runtime.onMessage.removeListener(resize);
    host.remove();
  };
}
