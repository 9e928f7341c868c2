import type { Sponsor } from './sponsor';

/** Home-study publisher (sponsor-pages.md). */
export const ahec: Sponsor = {
  name: 'AHEC',
  hosts: ['https://*.aheconline.com/*'],
  optional: false,
};
