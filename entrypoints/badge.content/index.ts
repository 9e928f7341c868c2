import { onFindings } from '../../components/badge/handoff';
import { benchMark } from '../../components/bench-mark';
import { mountBadges } from './mount';

/**
 * The badge UI, injected by the worker into a page where the detector found courses
 * (`registration: 'runtime'`: it is in no manifest match list and never loads on other pages).
 * When the page's courses change (a single-page app), the badges are replaced, or removed.
 */
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    let unmount = () => {};
    let round = 0;
    ctx.onInvalidated(onFindings(async (found) => {
      const mine = ++round;
      unmount();
      unmount = () => {};
      if (!found || !ctx.isValid) return;
      benchMark('badges-mounting');
      const remove = await mountBadges(ctx, found.blocks, found.reply);
      benchMark('badges-mounted');
      // Newer findings came while these were mounting: they replace these.
      if (mine === round) unmount = remove;
      else remove();
    }));
  },
});
