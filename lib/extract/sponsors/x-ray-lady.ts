import type { Example, Sponsor } from './sponsor';

/** Home-study publisher (sponsor-pages.md). */
export const xRayLady: Sponsor = {
  name: 'X-Ray Lady',
  hosts: ['https://*.x-raylady.com/*'],
  optional: false,
};

/** A WooCommerce product, served at one of its URLs. */
export const examples: Example[] = [
  {
    page: 'shop-woocommerce-storefront.html',
    url: 'https://www.x-raylady.com/product/safety-ct-mr/',
    courses: [
      { title: 'Safety Across CT and MR: Dose and Magnetic Field Hazards', credits: 300 },
    ],
  },
];
