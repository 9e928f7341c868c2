import type { Example, Sponsor } from './sponsor';

/** Home-study publisher (sponsor-pages.md). */
export const ceEssentials: Sponsor = {
  name: 'CE Essentials',
  hosts: ['https://*.ceessentials.net/*'],
  optional: false,
};

/** A WooCommerce product, served at one of its URLs. */
export const examples: Example[] = [
  {
    page: 'shop-woocommerce.html',
    url: 'https://www.ceessentials.net/product/radiation-protection/',
    courses: [
      { title: 'Radiation Protection for Radiographers', credits: 300 },
    ],
  },
];
