import type { Sponsor } from './sponsor';

/** Home-study publisher (sponsor-pages.md). */
export const xRayCe: Sponsor = {
  name: 'X-RAY CE',
  hosts: ['https://*.xrayce.com/*'],
  optional: false,
};
