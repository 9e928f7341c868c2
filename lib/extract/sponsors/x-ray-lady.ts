import type { Sponsor } from './sponsor';

/** Home-study publisher (sponsor-pages.md). */
export const xRayLady: Sponsor = {
  name: 'X-Ray Lady',
  hosts: ['https://*.x-raylady.com/*'],
  optional: false,
};
