import type { Sponsor } from './sponsor';

/** Home-study publisher (sponsor-pages.md). */
export const ceEssentials: Sponsor = {
  name: 'CE Essentials',
  hosts: ['https://*.ceessentials.net/*'],
  optional: false,
};
