import type { Example, Sponsor } from './sponsor';

/** Home-study publisher (sponsor-pages.md). */
export const gageCe: Sponsor = {
  name: 'Gage CE',
  hosts: ['https://*.gagece.com/*'],
  optional: false,
};

/** A WordPress LMS course page, served at one of its URLs. */
export const examples: Example[] = [
  {
    page: 'lms-tutor-course.html',
    url: 'https://www.gagece.com/courses/bone-densitometry-precision/',
    courses: [
      { title: 'Bone Densitometry: Precision and Least Significant Change', credits: 150 },
    ],
  },
];
