/*
 * A WooCommerce shop grid as its templates write it (woocommerce/woocommerce,
 * plugins/woocommerce/templates/loop/loop-start.php: <ul class="products columns-N">;
 * templates/content-product.php: <li class="product …"> wrapping the product link with
 * templates/loop/price.php's <span class="price"> and the add-to-cart button). Courses from
 * tests/fixtures/generate.mjs. Issue #18 item 7: 1k listings cost 0.12 s of script, 10k 1.9 s, 100k
 * 174 s, because per-listing work reached across the whole document. No timing here: the test counts
 * the DOM work our code asks for, which must not grow per listing as the catalog grows.
 */
import { describe, expect, it } from 'vitest';
import { extractCourses } from '../../../lib/extract';
// @ts-expect-error -- plain ESM fixture generator without types
import { catalogListing } from '../../fixtures/generate.mjs';
import { FIXTURE_ORIGIN, parse } from './load';

const SHOP = `${FIXTURE_ORIGIN}/shop/`;

/** A grid of `n` listings, each as few elements as the templates allow (a 10k grid is parsed in every run). */
function shopGrid(n: number): Document {
  const items = Array.from({ length: n }, (_, i) => {
    const l = catalogListing(i) as { title: string; credits: number; category: string; price: string; href: string };
    return `<li class="product"><a href="${l.href}" class="woocommerce-LoopProduct-link"><h2 class="woocommerce-loop-product__title">${l.title}</h2><span class="price"><span class="woocommerce-Price-amount amount">${l.price}</span></span></a><p>${l.credits} ${l.category} CE credits</p></li>`;
  }).join('');
  return parse(`<!doctype html><html lang="en"><head><title>Shop – Northwind Imaging Education</title></head><body class="archive post-type-archive woocommerce woocommerce-page"><main><h1 class="page-title">Shop</h1><ul class="products columns-4">${items}</ul></main></body></html>`, SHOP);
}

const QUERIES = ['querySelector', 'querySelectorAll', 'matches', 'closest', 'getElementsByTagName', 'getElementsByClassName'] as const;
/** The queries that search below their element (`matches` and `closest` look at it and its ancestors). */
const SEARCHES = new Set<string>(['querySelector', 'querySelectorAll', 'getElementsByTagName', 'getElementsByClassName']);
/**
 * A search with a combinator (`.price ins .amount`) costs the whole document in Chromium even from
 * one listing (lib/extract/index.ts, pricesOf: the cause of item 7), so it counts as a page search.
 */
const combined = (selector: unknown) =>
  String(selector)
    .replace(/\[[^\]]*\]|\([^)]*\)/g, '')
    .split(',')
    .some((part) => /[\s>+~]/.test(part.trim()));
const STEPS = ['firstChild', 'nextSibling', 'parentNode', 'parentElement', 'firstElementChild', 'nextElementSibling', 'lastElementChild', 'previousElementSibling', 'children', 'childNodes'] as const;

/**
 * The DOM work one extraction asks of the page: query calls (those that go through the whole page
 * apart: searches from the document, its root, body or main, or with a combinator), elements the
 * queries hand back, and steps of our own tree walks.
 */
function domWork(doc: Document): () => { pageQueries: number; queries: number; returned: number; steps: number } {
  const win = doc.defaultView! as unknown as Record<string, { prototype: object }>;
  const count = { pageQueries: 0, queries: 0, returned: 0, steps: 0 };
  const wide = new Set<unknown>([doc, doc.documentElement, doc.body, doc.querySelector('main')]);
  // Only the calls our code makes: the DOM implementation's own work inside a query is its business.
  let inside = 0;
  for (const proto of [win.Element!.prototype, win.Document!.prototype]) {
    for (const name of QUERIES) {
      const original = (proto as Record<string, unknown>)[name] as ((...a: unknown[]) => unknown) | undefined;
      if (!Object.hasOwn(proto, name) || !original) continue;
      Object.defineProperty(proto, name, {
        configurable: true,
        value(this: unknown, ...args: unknown[]) {
          if (inside > 0) return original.apply(this, args);
          if (SEARCHES.has(name) && (wide.has(this) || combined(args[0]))) count.pageQueries++;
          else count.queries++;
          inside++;
          try {
            const result = original.apply(this, args);
            if (result && typeof (result as { length?: unknown }).length === 'number') count.returned += (result as { length: number }).length;
            else if (result && typeof result === 'object') count.returned++;
            return result;
          } finally {
            inside--;
          }
        },
      });
    }
  }
  for (const proto of [win.Node!.prototype, win.Element!.prototype]) {
    for (const name of STEPS) {
      const d = Object.getOwnPropertyDescriptor(proto, name);
      if (!d?.get) continue;
      const get = d.get;
      Object.defineProperty(proto, name, {
        configurable: true,
        get(this: unknown) {
          if (inside === 0) count.steps++;
          return get.call(this);
        },
      });
    }
  }
  return () => ({ ...count });
}

function measure(n: number) {
  const doc = shopGrid(n);
  const work = domWork(doc);
  const courses = extractCourses(doc, SHOP);
  return { courses: courses.length, ...work() };
}

describe('shop catalogs stay linear (#18 item 7)', () => {
  it('the DOM work per listing does not grow from 1,000 to 10,000 listings; whole-page queries stay as few', () => {
    const small = measure(1_000);
    const large = measure(10_000);
    // Both read as catalogs, up to the 500 courses one message carries.
    expect(small.courses).toBe(500);
    expect(large.courses).toBe(500);
    // A query over the whole page per listing was the quadratic cost: their number is fixed.
    expect(large.pageQueries).toBe(small.pageQueries);
    expect(small.pageQueries).toBeLessThan(50);
    // Everything else, per listing of the page, is no more at 10k than at 1k (listings past the cap are not read).
    for (const key of ['queries', 'returned', 'steps'] as const) expect(large[key] / 10_000, key).toBeLessThanOrEqual(small[key] / 1_000);
  }, 300_000);
});
