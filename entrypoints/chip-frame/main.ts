import { benchMark } from '../../components/bench-mark';
import { chipView } from '../../components/badge/chip-view';
import { BADGE_CSS, CHIP_FRAME_CSS } from '../../components/badge/styles';
import { trackVisibility } from '../../components/badge/visible';
import { CHIP_EVENT } from '../../lib/messages/badge-events';
import { post } from '../../lib/messages/post';
import type { ChipEvent, ReplyOf } from '../../lib/messages/schema';

/**
 * A catalog listing's chip, as an extension page in a small frame on the sponsor's catalog (the
 * badge script adds one per listing near the viewport). What the listing would do for the user
 * ("+0.5 CT Safety", "✓ completed — won't count again") stays in the extension's origin, out of
 * reach of the page's find-in-page and layout probes. Every chip loads this same document and
 * script (cached after the first), with no UI library: a catalog shows dozens at once. A listing
 * not saved yet has "Plan" beside its chip: saved as planned, guarded like the panel's buttons
 * (the user's own click, on a chip really visible for a moment).
 */
const style = document.createElement('style');
style.textContent = BADGE_CSS + CHIP_FRAME_CSS;
document.head.append(style);

const COVERED = 'Nothing saved: the chip was covered or hidden when you clicked.';
const chip = document.getElementById('chip') as HTMLButtonElement;
const plan = document.getElementById('plan') as HTMLButtonElement;
const visible = trackVisibility(document.documentElement);
// The badge script names the listing in the frame's URL (`#3`): its index among the tab's courses.
const index = Number(location.hash.slice(1));
const ask = () => post({ type: 'listing-chip', index }).catch(() => null);

function paint(reply: NonNullable<ReplyOf<'listing-chip'>>): void {
  const view = chipView(reply.check, reply.setUp, reply.bestFit);
  chip.textContent = view.text;
  chip.title = view.label;
  chip.setAttribute('aria-label', `CE Companion: ${view.label} Show what this course covers for you`);
  chip.className = `chip ${view.tone}`;
  chip.hidden = false;
  plan.hidden = !reply.setUp || reply.check.saved !== null;
}

void ask().then((reply) => {
  // The tab moved on: the badge script removes this chip; until then its page-stated one shows.
  if (!reply) return;
  paint(reply);
  // The worker passes it on to the badge script in this tab (lib/messages/badge-events.ts).
  const tell = (event: ChipEvent['event']) => void post({ type: 'tell-badge', event: { type: CHIP_EVENT, index, event } }).catch(() => undefined);
  // Only the user's own click opens the panel: anywhere in the frame but "Plan", the chip's whole area on the page.
  document.addEventListener('click', (e) => e.isTrusted && e.target !== plan && tell('open'));
  plan.addEventListener('click', (e) => {
    if (!e.isTrusted) return;
    if (!visible()) {
      chip.textContent = chip.title = COVERED;
      return;
    }
    plan.disabled = true;
    void post({ type: 'save-course', fingerprint: reply.check.fingerprint, status: 'planned', completedOn: null, confirmedDistribution: null, certificate: null })
      .catch(() => ({ ok: false as const, error: 'CE Companion could not save right now. Reload the page and try again.' }))
      .then(async (saved) => {
        plan.disabled = false;
        if (!saved.ok) {
          chip.textContent = chip.title = saved.error;
          return;
        }
        const now = await ask();
        if (now) paint(now);
        // The focused button is gone: the chip, now saying "planned", keeps the keyboard user's place.
        chip.focus();
      });
  });
  // No requestAnimationFrame: the browser does not render a hidden cross-origin frame, so it would
  // wait for the badge script to show this frame, which waits for this message. The chip is in the
  // DOM: shown, it paints in the page's next frame.
  benchMark('chip-ready');
  tell('painted');
});
