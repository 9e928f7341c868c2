import type { Example, Sponsor } from './sponsor';

/** A CE course library for imaging professionals. */
export const icpme: Sponsor = {
  name: 'ICPME',
  hosts: ['https://*.icpme.us/*'],
  optional: true,
};

/** A card catalog, served at one of its URLs. */
export const examples: Example[] = [
  {
    page: 'catalog.html',
    url: 'https://www.icpme.us/courses/',
    courses: [
      { title: 'Pediatric CT Dose Optimization', credits: 150 },
      { title: 'CT of the Abdomen & Pelvis: Protocols That Work', credits: 200 },
      { title: 'Neck and Chest CT Angiography', credits: 150 },
      { title: 'Image Evaluation and Archiving in CT', credits: 25 },
      { title: 'MRI Safety Screening Essentials', credits: 100 },
      { title: 'MRI Sequence Parameters Made Simple', credits: 325 },
    ],
  },
];
