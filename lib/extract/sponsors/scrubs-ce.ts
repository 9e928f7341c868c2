import type { Sponsor } from './sponsor';

/** Home-study publisher (sponsor-pages.md). */
export const scrubsCe: Sponsor = {
  name: 'Scrubs CE',
  hosts: ['https://*.scrubsce.com/*'],
  optional: false,
};
