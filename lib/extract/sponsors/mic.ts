import type { Example, Sponsor } from './sponsor';

/** Publishes ARRT targeted-CE distributions as flat lines (issue #14, class 11). */
export const mic: Sponsor = {
  name: 'Medical Imaging Consultants',
  hosts: ['https://*.micinfo.com/*'],
  optional: true,
};

/** A course page with an ARRT targeted-CE distribution in flat lines, served at one of its URLs. */
export const examples: Example[] = [
  {
    page: 'course-targeted-ce.html',
    url: 'https://www.micinfo.com/course/mammography-positioning',
    courses: [
      { title: 'Mammography Positioning Problem-Solving', credits: 300 },
    ],
  },
];
