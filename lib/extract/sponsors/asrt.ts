import type { Example, Sponsor } from './sponsor';

/** The professional society: directed readings and e-learning (sponsor-pages.md). */
export const asrt: Sponsor = {
  name: 'ASRT',
  hosts: ['https://*.asrt.org/*'],
  optional: false,
};

/** A society journal CE page (credits in a sentence, "Take CE Test!"), served at one of its URLs. */
export const examples: Example[] = [
  {
    page: 'course-society-journal-ce.html',
    url: 'https://www.asrt.org/main/continuing-education/journal-ce/low-dose-ct',
    courses: [
      { title: 'Journal CE: Low-Dose CT Lung Screening Protocols', credits: 250 },
    ],
  },
];
