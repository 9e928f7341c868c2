import type { Example, Sponsor } from './sponsor';

/** Home-study publisher (sponsor-pages.md). */
export const ahec: Sponsor = {
  name: 'AHEC',
  hosts: ['https://*.aheconline.com/*'],
  optional: false,
};

/** A LearnDash course, served at one of its URLs. */
export const examples: Example[] = [
  {
    page: 'lms-learndash-course.html',
    url: 'https://www.aheconline.com/courses/sectional-anatomy-abdomen/',
    courses: [
      { title: 'Sectional Anatomy of the Abdomen for CT', credits: 400 },
    ],
  },
];
