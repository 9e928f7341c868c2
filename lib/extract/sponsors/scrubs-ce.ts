import type { Example, Sponsor } from './sponsor';

/** Home-study publisher (sponsor-pages.md). */
export const scrubsCe: Sponsor = {
  name: 'Scrubs CE',
  hosts: ['https://*.scrubsce.com/*'],
  optional: false,
};

/** A Shopify product, served at one of its URLs. */
export const examples: Example[] = [
  {
    page: 'shop-shopify-dawn.html',
    url: 'https://www.scrubsce.com/products/ct-contrast-reactions',
    courses: [
      { title: 'CT Contrast Reactions: Recognize and Respond', credits: 125 },
    ],
  },
];
