import type { Sponsor } from './sponsor';

/** Seminars and home study (sponsor-pages.md). */
export const mtmi: Sponsor = {
  name: 'MTMI',
  hosts: ['https://*.mtmi.net/*'],
  optional: false,
};
