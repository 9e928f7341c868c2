import type { Example, Sponsor } from './sponsor';

/** Online courses for imaging technologists. */
export const cloverLearning: Sponsor = {
  name: 'Clover Learning',
  hosts: ['https://*.cloverlearning.com/*'],
  optional: true,
};

/** A learning platform course page, served at one of its URLs. */
export const examples: Example[] = [
  {
    page: 'lms-course.html',
    url: 'https://www.cloverlearning.com/courses/contrast-media-safety-ct',
    courses: [
      { title: 'Contrast Media Safety in CT', credits: 125 },
    ],
  },
];
