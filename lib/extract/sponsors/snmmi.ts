import type { Example, Sponsor } from './sponsor';

/** The nuclear medicine society's CE (VOICE credits for technologists). */
export const snmmi: Sponsor = {
  name: 'SNMMI learning center',
  hosts: ['https://*.snmmi.org/*'],
  optional: true,
};

/** A prose catalog (one block per activity), served at one of its URLs. */
export const examples: Example[] = [
  {
    page: 'catalog-prose-offers.html',
    url: 'https://www.snmmi.org/Education/ce-activities',
    courses: [
      { title: 'Sonography of the Pediatric Hip', credits: 150 },
      { title: 'Breast Ultrasound Correlation with Mammography', credits: 200 },
      { title: 'Scanning Ergonomics for a Long Career', credits: 100 },
    ],
  },
];
