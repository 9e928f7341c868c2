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
    // One cleanup for the script's life, whatever it shows last (a newer badge script retires this one).
    ctx.onInvalidated(() => unmount());
    ctx.onInvalidated(onFindings(async (found) => {
      const mine = ++round;
      unmount();
      unmount = () => {};
      if (!found || !ctx.isValid) return;
      benchMark('badges-mounting');
      const remove = await mountBadges(ctx, found.blocks, found.reply);
      benchMark('badges-mounted');
      // Newer findings came while these were mounting, or this script was retired: these go.
      if (mine === round && ctx.isValid) unmount = remove;
      else remove();
    }));
  },
});
