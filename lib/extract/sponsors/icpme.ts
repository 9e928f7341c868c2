import type { Sponsor } from './sponsor';

/** A CE course library for imaging professionals. */
export const icpme: Sponsor = {
  name: 'ICPME',
  hosts: ['https://*.icpme.us/*'],
  optional: true,
};
