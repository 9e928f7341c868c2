import 'fake-indexeddb/auto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { exportBackup } from '../../lib/store';
import { CHROMIUM, EXTENSION_DIR, expect, extensionIdOf, launchChromium, launchWithExtension, waitForBadges, workerHeapMb } from '../e2e/fixtures';
import { serveFixtures, type FixtureServer } from '../e2e/serve';
import { BadgeProbe } from '../e2e/shadow';
import { setUpCt } from '../e2e/setup';
import { scenario } from './scenario';
import { seededStore } from './seed';

/**
 * Browser figures for `npm run bench` (scripts/bench.mjs writes BENCHMARKS.md from them): each a
 * median of several runs with min and max, each against a baseline measured in the same run.
 */
const RUNS = 7;
const LOAD_RUNS = 21;
const OUT = '.bench/browser.json';

interface Figure {
  name: string;
  unit: 'ms' | 'MB' | 'KB' | 'ratio';
  runs: number[];
  target?: string;
  baseline?: { name: string; runs: number[] };
}
const figures: Figure[] = [];

function record(f: Figure) {
  figures.push(f);
  console.log(f.name, JSON.stringify(f.runs.map((x) => Math.round(x * 100) / 100)));
}

let server: FixtureServer;
test.beforeAll(async () => {
  server = await serveFixtures();
});
test.afterAll(async () => {
  await server.close();
  await mkdir('.bench', { recursive: true });
  await writeFile(OUT, JSON.stringify({ chromium: CHROMIUM, figures }, null, 2));
});

/** A fresh browser with CE Companion (`true`), with nothing (`false`), or with the given extensions. */
async function withProfile<T>(extension: boolean | readonly string[], body: (context: BrowserContext) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'ce-bench-'));
  const context = extension === true ? await launchWithExtension(dir) : await launchChromium(dir, extension || []);
  try {
    return await body(context);
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** A mark's time, or the gap between two marks, from the page's performance timeline. */
async function marks(page: Page, names: string[]): Promise<number[]> {
  await expect.poll(() => page.evaluate((n) => n.every((m) => performance.getEntriesByName(`ce-companion:${m}`).length > 0), names), { timeout: 15_000 }).toBe(true);
  return page.evaluate((n) => n.map((m) => performance.getEntriesByName(`ce-companion:${m}`)[0]!.startTime), names);
}

/**
 * Loads `path` `runs` times in `context` (with the extension; `measure` reads each page) and, in
 * turn, in a profile without the extension: alternating puts the machine's noise on both alike.
 * Returns the baseline's load times.
 */
async function alternate(context: BrowserContext, path: string, measure: (page: Page) => Promise<void>, runs = RUNS): Promise<number[]> {
  return withProfile(false, async (plain) => {
    const baseline: number[] = [];
    for (let i = 0; i < runs; i++) {
      const bare = await plain.newPage();
      await bare.goto(path, { waitUntil: 'load' });
      baseline.push(await loadTime(bare));
      await bare.close();
      const page = await context.newPage();
      await page.goto(path, { waitUntil: 'load' });
      await measure(page);
      await page.close();
    }
    return baseline;
  });
}

const loadTime = (page: Page) => page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 1024 / 1024;
}

test('content-script bundle size', async () => {
  for (const name of ['detector', 'badge']) {
    const code = await readFile(join(EXTENSION_DIR, `${name}.js`));
    record({ name: `${name}.js gzipped`, unit: 'KB', runs: [gzipSync(code, { level: 9 }).length / 1024], target: name === 'detector' ? '< 20 KB' : undefined });
  }
});

/**
 * Controls: an extension with nothing in it but its manifest, and one whose content script is
 * empty, on the same pages. What they add to a page load is the browser's cost of having an
 * extension, and of injecting any script; what CE Companion adds beyond that is ours.
 */
async function controlExtension(withContentScript: boolean): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ce-bench-control-'));
  const scripts = withContentScript ? { content_scripts: [{ matches: ['http://127.0.0.1/*'], js: ['noop.js'], run_at: 'document_idle' }] } : {};
  await writeFile(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'Control', version: '1.0', ...scripts }));
  await writeFile(join(dir, 'noop.js'), '');
  return dir;
}

test('large non-CE page: detector time; page load against no extension and two control extensions', async () => {
  test.setTimeout(600_000);
  const path = `${server.origin}/generated/large-non-ce.html`;
  const [bare, noop] = [await controlExtension(false), await controlExtension(true)];
  const detector: number[] = [];
  const load = { ours: [] as number[], none: [] as number[], bare: [] as number[], noop: [] as number[] };
  const browsers = (body: (all: Record<keyof typeof load, BrowserContext>) => Promise<void>) =>
    withProfile(true, (ours) => withProfile(false, (none) => withProfile([bare], (manifestOnly) => withProfile([noop], (emptyScript) => body({ ours, none, bare: manifestOnly, noop: emptyScript })))));
  await browsers(async (all) => {
    await extensionIdOf(all.ours);
    // Page loads spread widely on a shared machine: many runs, the four browsers in turn.
    for (let i = 0; i < LOAD_RUNS; i++) {
      for (const name of ['none', 'bare', 'noop', 'ours'] as const) {
        const page = await all[name].newPage();
        await page.goto(path, { waitUntil: 'load' });
        if (name === 'ours') {
          const [start, detected] = await marks(page, ['start', 'detected']);
          detector.push(detected! - start!);
        }
        load[name].push(await loadTime(page));
        await page.close();
      }
    }
  });
  for (const dir of [bare, noop]) await rm(dir, { recursive: true, force: true });
  record({ name: 'Large non-CE page: detector script time', unit: 'ms', runs: detector, target: '< 1 ms' });
  record({ name: 'Large non-CE page: load time with the extension', unit: 'ms', runs: load.ours, target: 'within 5% of baseline', baseline: { name: 'same page, no extension', runs: load.none } });
  record({ name: 'Large non-CE page: load time, an extension with only a manifest (control)', unit: 'ms', runs: load.bare, baseline: { name: 'same page, no extension', runs: load.none } });
  record({ name: 'Large non-CE page: load time with the extension, against an empty content script', unit: 'ms', runs: load.ours, baseline: { name: 'same page, an extension with an empty content script', runs: load.noop } });
});

test('200-listing catalog: extracted, checked and badged; worker heap after the check', async () => {
  const path = `${server.origin}/generated/catalog-200.html`;
  await withProfile(true, async (context) => {
    const id = await extensionIdOf(context);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await setUpCt(options);
    const extract: number[] = [];
    const mount: number[] = [];
    const script: number[] = [];
    const total: number[] = [];
    const load: number[] = [];
    const baseline = await alternate(context, path, async (page) => {
      const [start, detected, mounting, mounted] = await marks(page, ['start', 'detected', 'badges-mounting', 'badges-mounted']);
      await waitForBadges(await BadgeProbe.attach(page), 200);
      extract.push(detected! - start!);
      mount.push(mounted! - mounting!);
      script.push(detected! - start! + (mounted! - mounting!));
      total.push(mounted! - start!);
      load.push(await loadTime(page));
    });
    record({ name: '200-listing catalog: extraction (detector script)', unit: 'ms', runs: extract });
    record({ name: '200-listing catalog: 200 badges mounted (badge script)', unit: 'ms', runs: mount });
    record({ name: '200-listing catalog: extracted and badged, script time (the two above)', unit: 'ms', runs: script, target: '< 20 ms' });
    record({ name: '200-listing catalog: first look to last badge, with the worker round trip', unit: 'ms', runs: total });
    record({ name: '200-listing catalog: page load with the extension', unit: 'ms', runs: load, baseline: { name: 'same page, no extension', runs: baseline } });
    record({ name: 'Worker JS heap after checking the 200-listing catalog', unit: 'MB', runs: [await workerHeapMb(options)], target: '< 10 MB' });
  });
});

test('popup: data painted, 100 to 10,000 stored courses, against a blank extension page; heap at 10,000', async () => {
  test.setTimeout(600_000);
  const dir = await mkdtemp(join(tmpdir(), 'ce-bench-backup-'));
  for (const n of [100, 1000, 5000, 10_000]) {
    const file = join(dir, `backup-${n}.json`);
    await writeFile(file, await exportBackup(await seededStore(scenario(n))));
    await withProfile(true, async (context) => {
      const id = await extensionIdOf(context);
      const options = await context.newPage();
      await options.goto(`chrome-extension://${id}/options.html`);
      await options.getByTestId('import-backup').setInputFiles(file);
      await expect(options.getByTestId('import-result')).toContainText('Restored', { timeout: 120_000 });
      // Extension pages share one renderer: measure the popup alone, as a user opens it.
      await options.close();
      const blank: number[] = [];
      const ready: number[] = [];
      let heap = 0;
      for (let i = 0; i < RUNS; i++) {
        const b = await context.newPage();
        await b.goto(`chrome-extension://${id}/bench-blank.html`, { waitUntil: 'load' });
        blank.push(await loadTime(b));
        await b.close();
        const popup = await context.newPage();
        await popup.setViewportSize({ width: 400, height: 600 });
        await popup.goto(`chrome-extension://${id}/popup.html`);
        const [at] = await marks(popup, ['popup-ready']);
        ready.push(at!);
        if (i === RUNS - 1 && n === 10_000) heap = await heapMb(await context.newCDPSession(popup));
        await popup.close();
      }
      record({ name: `Popup ready with data, ${n.toLocaleString('en-US')} courses`, unit: 'ms', runs: ready, target: n === 5000 ? '< 100 ms' : undefined, baseline: { name: 'blank extension page (load)', runs: blank } });
      if (heap) record({ name: 'Popup JS heap, 10,000 courses', unit: 'MB', runs: [heap], target: '< 30 MB' });
    });
  }
  await rm(dir, { recursive: true, force: true });
});
