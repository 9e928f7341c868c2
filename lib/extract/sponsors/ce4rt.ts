import type { Example, Sponsor } from './sponsor';

/** Home-study publisher (sponsor-pages.md). */
export const ce4rt: Sponsor = {
  name: 'CE4RT',
  hosts: ['https://*.ce4rt.com/*'],
  optional: false,
};

/** A server-rendered course page, served at one of its URLs. */
export const examples: Example[] = [
  {
    page: 'course-aspnet-webforms.html',
    url: 'https://www.ce4rt.com/CourseDetails.aspx?CourseID=2231',
    courses: [
      { title: 'Radiographic Positioning of the Trauma Patient', credits: 300 },
    ],
  },
];
