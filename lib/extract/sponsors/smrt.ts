import type { Sponsor } from './sponsor';

/** The Section for Magnetic Resonance Technologists' home studies live under ismrm.org/smrt; the rest of ismrm.org is the society's science. */
export const smrt: Sponsor = {
  name: 'SMRT home studies',
  hosts: ['https://*.ismrm.org/smrt/*'],
  optional: true,
};
