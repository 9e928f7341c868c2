import type { Example, Sponsor } from './sponsor';

/** The Section for Magnetic Resonance Technologists' home studies live under ismrm.org/smrt; the rest of ismrm.org is the society's science. */
export const smrt: Sponsor = {
  name: 'SMRT home studies',
  hosts: ['https://*.ismrm.org/smrt/*'],
  optional: true,
};

/** An MR home study without a stated distribution, served at one of its URLs. */
export const examples: Example[] = [
  {
    page: 'course-no-distribution.html',
    url: 'https://www.ismrm.org/smrt/home-studies/mri-safety-screening',
    courses: [
      { title: 'MRI Safety Screening Essentials', credits: 100 },
    ],
  },
];
