import type { SiteFormat } from './site';

/** WordPress + WooCommerce product pages and shop grids (sponsor-pages.md). */
export const woocommerce: SiteFormat = {
  detect: (doc) => doc.body?.classList.contains('woocommerce') === true || doc.querySelector('.product_title, ul.products li.product') !== null,
  pageSelector: 'div.product, [id^="product-"]',
  titleSelector: '.product_title',
  // A sale shows the old price in <del> and the current one in <ins>.
  priceSelector: '.summary .price ins .amount, .summary .price .amount, p.price ins .amount, p.price .amount',
  listingSelector: 'ul.products > li.product',
  listingTitleSelector: '.woocommerce-loop-product__title, h2, h3',
  listingPriceSelector: '.price ins .amount, .price .amount',
};
