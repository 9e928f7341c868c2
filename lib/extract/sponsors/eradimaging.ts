import type { Sponsor } from './sponsor';

/** Online CE for technologists (issue #14). */
export const eradimaging: Sponsor = {
  name: 'eRADIMAGING',
  hosts: ['https://*.eradimaging.com/*'],
  optional: true,
};
