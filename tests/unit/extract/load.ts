import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
// @ts-expect-error -- plain ESM fixture generator without types
import { GENERATED } from '../../fixtures/generate.mjs';

const PAGES = join(__dirname, '../../fixtures/pages');
export const FIXTURE_ORIGIN = 'http://127.0.0.1:4321';

/** A fixture page as a Document at the URL the test server would serve it from. */
export function loadFixture(name: string): { doc: Document; url: string } {
  const make = (GENERATED as Record<string, () => string>)[name];
  const html = make ? make() : readFileSync(join(PAGES, name), 'utf8');
  const url = `${FIXTURE_ORIGIN}/${make ? 'generated/' : ''}${name}`;
  return { doc: parse(html, url), url };
}

export function parse(html: string, url = `${FIXTURE_ORIGIN}/page.html`): Document {
  return new JSDOM(html, { url }).window.document;
}
