/**
 * One sponsor page format (sponsor-pages.md, "Who publishes CE"): where a shop or learning
 * platform puts the course block, its title and price, and its catalog listings. Anything a
 * format does not say is left to the generic readers, which work on sites we have never seen.
 */
export interface SiteFormat {
  detect(doc: Document): boolean;
  /** Candidates for the main course/product block of a single course page: the first holding the title wins. */
  pageSelector: string;
  titleSelector: string;
  priceSelector: string;
  /** One element per course on a catalog page. */
  listingSelector: string;
  listingTitleSelector: string;
  listingPriceSelector: string;
}
