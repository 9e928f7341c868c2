import type { Sponsor } from './sponsor';

/** Publishes ARRT targeted-CE distributions as flat lines (issue #14, class 11). */
export const mic: Sponsor = {
  name: 'Medical Imaging Consultants',
  hosts: ['https://*.micinfo.com/*'],
  optional: true,
};
