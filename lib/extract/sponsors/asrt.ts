import type { Sponsor } from './sponsor';

/** The professional society: directed readings and e-learning (sponsor-pages.md). */
export const asrt: Sponsor = {
  name: 'ASRT',
  hosts: ['https://*.asrt.org/*'],
  optional: false,
};
