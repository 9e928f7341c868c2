import { takeForBadge, whenCleared } from '../../components/badge/handoff';
import { benchMark } from '../../components/bench-mark';
import { mountBadges } from './mount';

/**
 * The badge UI, injected by the worker into a page where the detector found courses
 * (`registration: 'runtime'`: it is in no manifest match list and never loads on other pages).
 */
export default defineContentScript({
  registration: 'runtime',
  async main(ctx) {
    whenCleared(() => ctx.notifyInvalidated());
    const found = await takeForBadge();
    if (ctx.isValid) {
      benchMark('badges-mounting');
      await mountBadges(ctx, found.blocks, found.reply);
      benchMark('badges-mounted');
    }
  },
});
