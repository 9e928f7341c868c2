import type { Example, Sponsor } from './sponsor';

/** ASRT's own course store on a learning platform's host, which `*.asrt.org` does not match. */
export const asrtStore: Sponsor = {
  name: 'ASRT course store',
  hosts: ['https://asrt.mycrowdwisdom.com/*'],
  optional: true,
};

/** A learning platform's enrolment page, served at one of its URLs. */
export const examples: Example[] = [
  {
    page: 'lms-moodle-enrol.html',
    url: 'https://asrt.mycrowdwisdom.com/diweb/catalog/item/id/58',
    courses: [
      { title: 'Fluoroscopy for the OR Technologist', credits: 200 },
    ],
  },
];
