import type { Sponsor } from './sponsor';

/** Home-study publisher (sponsor-pages.md). */
export const ce4rt: Sponsor = {
  name: 'CE4RT',
  hosts: ['https://*.ce4rt.com/*'],
  optional: false,
};
