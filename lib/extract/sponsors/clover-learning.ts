import type { Sponsor } from './sponsor';

/** Online courses for imaging technologists. */
export const cloverLearning: Sponsor = {
  name: 'Clover Learning',
  hosts: ['https://*.cloverlearning.com/*'],
  optional: true,
};
