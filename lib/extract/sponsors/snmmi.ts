import type { Sponsor } from './sponsor';

/** The nuclear medicine society's CE (VOICE credits for technologists). */
export const snmmi: Sponsor = {
  name: 'SNMMI learning center',
  hosts: ['https://*.snmmi.org/*'],
  optional: true,
};
