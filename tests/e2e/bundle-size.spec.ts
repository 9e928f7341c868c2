import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHIP_FRAME_BUDGET_KB, SCRIPT_BUDGETS_KB } from './budgets';
import { EXTENSION_DIR, expect, test } from './fixtures';

/**
 * The size budgets (budgets.ts), in the store build. A size is deterministic, so it is a test; a
 * time is not (that is `npm run bench`).
 */
const STORE_BUILD = join(EXTENSION_DIR, '../chrome-mv3');

const gzippedKb = (code: Buffer) => gzipSync(code, { level: 9 }).length / 1024;

test(`each script in a sponsor's page is within its gzipped size budget in the store build`, async () => {
  const manifest = JSON.parse(await readFile(join(STORE_BUILD, 'manifest.json'), 'utf8')) as { content_scripts: Array<{ js: string[]; run_at: string }> };
  expect(manifest.content_scripts.flatMap((c) => c.js)).toEqual(['detector.js']);
  // Started before the page parses, it waits for it (entrypoints/detector/after-parsing.ts): the page's load event does not wait for it.
  expect(manifest.content_scripts[0]!.run_at).toBe('document_start');
  for (const [name, budget] of Object.entries(SCRIPT_BUDGETS_KB)) {
    const kb = gzippedKb(await readFile(join(STORE_BUILD, name)));
    expect(kb, `${name}: ${kb.toFixed(1)} KB gzipped`).toBeLessThanOrEqual(budget);
  }
  // The chip frame's document loads its module and the chunks it preloads: all count.
  const html = await readFile(join(STORE_BUILD, 'chip-frame.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\/(chunks\/[^"]+\.js)"/g)].map((m) => m[1]!);
  expect(scripts.length).toBeGreaterThan(0);
  const kb = gzippedKb(Buffer.concat(await Promise.all(scripts.map((s) => readFile(join(STORE_BUILD, s))))));
  expect(kb, `chip-frame.html's scripts: ${kb.toFixed(1)} KB gzipped`).toBeLessThanOrEqual(CHIP_FRAME_BUDGET_KB);
});
