import type { Example, Sponsor } from './sponsor';

/** Online CE for technologists (issue #14). */
export const eradimaging: Sponsor = {
  name: 'eRADIMAGING',
  hosts: ['https://*.eradimaging.com/*'],
  optional: true,
};

/** A hand-built course page with a distribution table, served at one of its URLs. */
export const examples: Example[] = [
  {
    page: 'course-ct-safety.html',
    url: 'https://www.eradimaging.com/site/article.cfm?ID=1001',
    courses: [
      { title: 'Pediatric CT Dose Optimization', credits: 150 },
    ],
  },
];
