import type { Sponsor } from './sponsor';

/** ASRT's own course store on a learning platform's host, which `*.asrt.org` does not match. */
export const asrtStore: Sponsor = {
  name: 'ASRT course store',
  hosts: ['https://asrt.mycrowdwisdom.com/*'],
  optional: true,
};
