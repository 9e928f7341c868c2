import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, expect, test } from './fixtures';

/**
 * The size budget (issue #15): every script we put into a sponsor's page stays within 20 KB
 * gzipped in the store build: the reader and badge scripts (unlisted scripts the worker injects
 * into pages that read as CE), and the script of a catalog chip's frame (all it loads, loaded
 * by every listing near the viewport). The detector, in every page of a sponsor site, carries
 * only the first look at a page: 4 KB keeps the reading out of it (components/badge/page-reader.ts).
 * A size is deterministic, so it is a test; a time is not (that is `npm run bench`).
 */
const BUDGET_KB = 20;
const DETECTOR_BUDGET_KB = 4;
const STORE_BUILD = join(EXTENSION_DIR, '../chrome-mv3');

const gzippedKb = (code: Buffer) => gzipSync(code, { level: 9 }).length / 1024;

test(`each script in a sponsor's page is at most ${BUDGET_KB} KB gzipped in the store build`, async () => {
  const manifest = JSON.parse(await readFile(join(STORE_BUILD, 'manifest.json'), 'utf8')) as { content_scripts: Array<{ js: string[] }> };
  expect(manifest.content_scripts.flatMap((c) => c.js)).toEqual(['detector.js']);
  for (const [name, budget] of [['detector.js', DETECTOR_BUDGET_KB], ['reader.js', BUDGET_KB], ['badge.js', BUDGET_KB]] as const) {
    const kb = gzippedKb(await readFile(join(STORE_BUILD, name)));
    expect(kb, `${name}: ${kb.toFixed(1)} KB gzipped`).toBeLessThanOrEqual(budget);
  }
  // The chip frame's document loads its module and the chunks it preloads: all count.
  const html = await readFile(join(STORE_BUILD, 'chip-frame.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\/(chunks\/[^"]+\.js)"/g)].map((m) => m[1]!);
  expect(scripts.length).toBeGreaterThan(0);
  const kb = gzippedKb(Buffer.concat(await Promise.all(scripts.map((s) => readFile(join(STORE_BUILD, s))))));
  expect(kb, `chip-frame.html's scripts: ${kb.toFixed(1)} KB gzipped`).toBeLessThanOrEqual(BUDGET_KB);
});
