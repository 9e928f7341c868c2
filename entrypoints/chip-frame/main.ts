import { benchMark } from '../../components/bench-mark';
import { chipView } from '../../components/badge/chip-view';
import { BADGE_CSS, CHIP_FRAME_CSS } from '../../components/badge/styles';
import { CHIP_EVENT } from '../../lib/messages/badge-events';
import { post } from '../../lib/messages/post';
import type { ChipEvent } from '../../lib/messages/schema';

/**
 * A catalog listing's chip, as an extension page in a small frame on the sponsor's catalog (the
 * badge script adds one per listing near the viewport). What the listing would do for the user
 * ("+0.5 CT Safety", "✓ completed — won't count again") stays in the extension's origin, out of
 * reach of the page's find-in-page and layout probes. Every chip loads this same document and
 * script (cached after the first), with no UI library: a catalog shows dozens at once.
 */
const style = document.createElement('style');
style.textContent = BADGE_CSS + CHIP_FRAME_CSS;
document.head.append(style);

// The badge script names the listing in the frame's URL (`#3`): its index among the tab's courses.
const index = Number(location.hash.slice(1));
void post({ type: 'listing-chip', index })
  .catch(() => null)
  .then((reply) => {
    // The tab moved on: the badge script removes this chip; until then its page-stated one shows.
    if (!reply) return;
    const view = chipView(reply.check, reply.setUp, reply.bestFit);
    const chip = document.getElementById('chip') as HTMLButtonElement;
    chip.textContent = view.text;
    chip.title = view.label;
    chip.setAttribute('aria-label', `CE Companion: ${view.label} Show what this course covers for you`);
    chip.classList.add(view.tone);
    chip.hidden = false;
    // The worker passes it on to the badge script in this tab (lib/messages/badge-events.ts).
    const tell = (event: ChipEvent['event']) => void post({ type: 'tell-badge', event: { type: CHIP_EVENT, index, event } }).catch(() => undefined);
    // Only the user's own click opens the panel: anywhere in the frame, the chip's whole area on the page.
    document.addEventListener('click', (e) => e.isTrusted && tell('open'));
    // No requestAnimationFrame: the browser does not render a hidden cross-origin frame, so it would
    // wait for the badge script to show this frame, which waits for this message. The chip is in the
    // DOM: shown, it paints in the page's next frame.
    benchMark('chip-ready');
    tell('painted');
  });
