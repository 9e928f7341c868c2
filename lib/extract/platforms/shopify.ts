import type { SiteFormat } from './site';

/** Shopify themes in the Dawn family: product sections and collection grids (sponsor-pages.md). */
export const shopify: SiteFormat = {
  detect: (doc) => doc.querySelector('link[href*="cdn.shopify.com"], script[src*="cdn.shopify.com"], .shopify-section, [id^="shopify-section"]') !== null,
  pageSelector: 'product-info, [id^="MainProduct"], .product',
  titleSelector: '.product__title h1, .product__title',
  priceSelector: '.price__sale .price-item--sale, .price-item--regular, .price-item',
  listingSelector: '.product-grid > li, ul.grid > li.grid__item',
  listingTitleSelector: '.card__heading, h3',
  listingPriceSelector: '.price-item--sale, .price-item',
};
