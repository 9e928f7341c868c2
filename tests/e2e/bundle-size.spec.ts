import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, expect, test } from './fixtures';

/**
 * The size budget (issue #15): every script we put into a sponsor's page stays within 20 KB
 * gzipped in the store build. A size is deterministic, so it is a test; a time is not (that is
 * `npm run bench`).
 */
const BUDGET_KB = 20;

test(`each content script of the store build is at most ${BUDGET_KB} KB gzipped`, async () => {
  const dir = join(EXTENSION_DIR, '../chrome-mv3/content-scripts');
  const scripts = (await readdir(dir)).filter((f) => f.endsWith('.js'));
  expect(scripts).toContain('content.js');
  for (const name of scripts) {
    const kb = gzipSync(await readFile(join(dir, name)), { level: 9 }).length / 1024;
    expect(kb, `${name}: ${kb.toFixed(1)} KB gzipped`).toBeLessThanOrEqual(BUDGET_KB);
  }
});
