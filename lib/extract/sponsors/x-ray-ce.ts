import type { Example, Sponsor } from './sponsor';

/** Home-study publisher (sponsor-pages.md). */
export const xRayCe: Sponsor = {
  name: 'X-RAY CE',
  hosts: ['https://*.xrayce.com/*'],
  optional: false,
};

/** A hand-built table layout, served at one of its URLs. */
export const examples: Example[] = [
  {
    page: 'course-old-table-site.html',
    url: 'https://www.xrayce.com/courses/exposure-indicators.htm',
    courses: [
      { title: 'Digital Image Exposure Indicators', credits: 250 },
    ],
  },
];
