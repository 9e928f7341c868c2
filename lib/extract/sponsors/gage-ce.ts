import type { Sponsor } from './sponsor';

/** Home-study publisher (sponsor-pages.md). */
export const gageCe: Sponsor = {
  name: 'Gage CE',
  hosts: ['https://*.gagece.com/*'],
  optional: false,
};
