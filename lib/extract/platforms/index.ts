import { lms } from './lms';
import { shopify } from './shopify';
import type { SiteFormat } from './site';
import { woocommerce } from './woocommerce';

export type { SiteFormat } from './site';

/** Known formats, most specific first. */
const FORMATS: readonly SiteFormat[] = [woocommerce, shopify, lms];

export function detectFormat(doc: Document): SiteFormat | null {
  return FORMATS.find((f) => f.detect(doc)) ?? null;
}
