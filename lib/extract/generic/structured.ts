import { cleanText } from '../parse/clean';

/**
 * What schema.org data (JSON-LD, microdata) and meta tags say about a page's course or product.
 * Sponsor pages name the product and price there but rarely ARRT credits (sponsor-pages.md), so
 * this only helps the text readers: title, sponsor, price, description.
 */
export interface StructuredHints {
  name: string | null;
  provider: string | null;
  price: string | null;
  description: string | null;
  siteName: string | null;
  /** schema.org Course `numberOfCredits`, when a page gives it as a plain number. */
  credits: string | null;
  /** Every schema.org type the page declares (JSON-LD and microdata): evidence for or against a course. */
  types: string[];
}

const TYPES = /^(?:Course|CourseInstance|Product|Event|EducationEvent|Book|CreativeWork)$/;
const MAX_JSON = 200_000;

export function readStructured(doc: Document): StructuredHints {
  const items = jsonLdItems(doc);
  const item = items.find((i) => typesOf(i).some((t) => TYPES.test(t)));
  const scopes = [...doc.querySelectorAll('[itemscope][itemtype]')].slice(0, 20);
  const microTypes = scopes.map((e) => /schema\.org\/(\w+)/i.exec(e.getAttribute('itemtype') ?? '')?.[1] ?? '');
  const meta = (name: string) => doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content') ?? null;
  const micro = scopes.find((_, i) => /^(?:Course|Product|Event)/i.test(microTypes[i]!));
  const microProp = (p: string) => {
    const el = micro?.querySelector(`[itemprop="${p}"]`);
    return el ? (el.getAttribute('content') ?? el.textContent) : null;
  };
  return {
    name: text(item?.name) ?? text(microProp('name')) ?? text(meta('og:title')),
    provider: text(orgName(item?.provider) ?? orgName(item?.brand) ?? orgName(item?.organizer) ?? orgName(item?.seller) ?? orgName(offer(item)?.seller)),
    price: priceOf(offer(item)) ?? priceText(microProp('price'), microProp('priceCurrency')) ?? priceText(meta('product:price:amount'), meta('product:price:currency')),
    description: text(item?.description) ?? text(meta('description')) ?? text(meta('og:description')),
    siteName: text(meta('og:site_name')) ?? text(meta('application-name')),
    credits: text(item?.numberOfCredits),
    types: [...new Set([...items.flatMap(typesOf), ...microTypes])].filter(Boolean),
  };
}

type Json = Record<string, unknown>;

function jsonLdItems(doc: Document): Json[] {
  const items: Json[] = [];
  for (const script of [...doc.querySelectorAll('script[type="application/ld+json"]')].slice(0, 10)) {
    const raw = script.textContent ?? '';
    if (raw.length > MAX_JSON) continue;
    try {
      collect(JSON.parse(raw), items, 0);
    } catch {
      // A broken JSON-LD block is the page's problem; the text readers still work.
    }
  }
  return items;
}

function collect(value: unknown, into: Json[], depth: number): void {
  if (depth > 4 || into.length > 50) return;
  if (Array.isArray(value)) for (const v of value) collect(v, into, depth + 1);
  else if (value && typeof value === 'object') {
    into.push(value as Json);
    collect((value as Json)['@graph'], into, depth + 1);
  }
}

function typesOf(item: Json): string[] {
  const t = item['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function offer(item: Json | undefined): Json | undefined {
  const o = item?.offers;
  const first = Array.isArray(o) ? o[0] : o;
  return first && typeof first === 'object' ? (first as Json) : undefined;
}

function orgName(value: unknown): unknown {
  const v = Array.isArray(value) ? value[0] : value;
  return v && typeof v === 'object' ? (v as Json).name : v;
}

function priceOf(o: Json | undefined): string | null {
  if (!o) return null;
  return priceText(text(o.price) ?? text(o.lowPrice), text(o.priceCurrency));
}

function priceText(amount: string | null, currency: string | null): string | null {
  if (!amount || !/^\d{1,6}(?:\.\d{1,2})?$/.test(amount)) return null;
  const fixed = Number(amount).toFixed(2);
  return !currency || currency === 'USD' ? `$${fixed}` : `${fixed} ${currency.slice(0, 3)}`;
}

function text(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const t = cleanText(value.replace(/<[^>]*>/g, ' '));
  return t ? t.slice(0, 1000) : null;
}
