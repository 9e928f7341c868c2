import type { Example, Sponsor } from './sponsor';

/** Seminars and home study (sponsor-pages.md). */
export const mtmi: Sponsor = {
  name: 'MTMI',
  hosts: ['https://*.mtmi.net/*'],
  optional: false,
};

/** A live webinar (schema.org Event), served at one of its URLs. */
export const examples: Example[] = [
  {
    page: 'live-webinar.html',
    url: 'https://www.mtmi.net/webinars/breast-ultrasound-correlation',
    courses: [
      { title: 'Breast Ultrasound Correlation', credits: 100 },
    ],
  },
];
