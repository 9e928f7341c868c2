import { test as base, chromium, expect, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BadgeProbe } from './shadow';
import { serveFixtures, type FixtureServer } from './serve';

/** The built extension (`npm run build:e2e`): the same code as the store build, plus the 127.0.0.1 demo site. */
export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3-e2e', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A fresh Chromium profile with the extension loaded (new headless mode loads extensions). */
export function launchWithExtension(userDataDir: string, alsoLoad: readonly string[] = [], headless = true): Promise<BrowserContext> {
  return launchChromium(userDataDir, [EXTENSION_DIR, ...alsoLoad], headless);
}

/** Chromium as every test runs it; with no extensions it is the benchmarks' baseline browser. */
export async function launchChromium(userDataDir: string, extensions: readonly string[], headless = true): Promise<BrowserContext> {
  const load = extensions.length ? [`--disable-extensions-except=${extensions.join(',')}`, `--load-extension=${extensions.join(',')}`] : [];
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    channel: 'chromium',
    headless,
    viewport: { width: 1280, height: 800 },
    args: [
      ...load,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** CE Companion's id, from its service worker's URL (its worker is `background.js`). */
export async function extensionIdOf(context: BrowserContext): Promise<string> {
  const ours = () => context.serviceWorkers().find((w) => w.url().endsWith('/background.js'));
  const worker = ours() ?? (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().endsWith('/background.js') }));
  return new URL(worker.url()).host;
}

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  /** Requests anything in the browser made to somewhere other than the extension or the demo site. */
  external: string[];
  extensionPage: (path: 'popup.html' | 'options.html') => Promise<Page>;
  /** Opens a demo sponsor page and waits until the detector has had its say. */
  sponsorPage: (path: string) => Promise<{ page: Page; probe: BadgeProbe }>;
}

export const test = base.extend<Fixtures, { server: FixtureServer }>({
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
    async ({}, use) => {
      const server = await serveFixtures();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern -- as above
  external: async ({}, use) => {
    await use([]);
  },
  context: async ({ server, external }, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'ce-companion-e2e-'));
    const context = await launchWithExtension(dir);
    context.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith('chrome-extension://') && !url.startsWith(server.origin) && !url.startsWith('data:') && !url.startsWith('blob:')) external.push(url);
    });
    await use(context);
    await context.close();
    await rm(dir, { recursive: true, force: true });
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
  extensionPage: async ({ context, extensionId }, use) => {
    await use(async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },
  sponsorPage: async ({ context, server, extensionId }, use) => {
    expect(extensionId).toMatch(/^[a-p]{32}$/);
    await use(async (path) => {
      const page = await context.newPage();
      await page.goto(`${server.origin}/${path}`);
      return { page, probe: await BadgeProbe.attach(page) };
    });
  },
});

export { expect };

/** The extension APIs tests call inside the extension's worker (no @types/chrome here). */
export interface WorkerChrome {
  action: { getBadgeText(details: object): Promise<string> };
  notifications: { getAll(): Promise<Record<string, boolean>> };
  runtime: { sendMessage(extensionId: string, message: unknown): Promise<unknown> };
}

/** Our badge hosts, the catalog's legend left out (one per catalog, not per course). */
export const BADGES = 'ce-companion-badge:not([data-kind="legend"])';

/** Waits until the page shows `count` badges (the detector looks once the page is parsed). */
export async function waitForBadges(probe: BadgeProbe, count: number) {
  // The hosts are in the page's DOM: counting them is one cheap query (reading hundreds of closed
  // shadow roots through the protocol takes seconds on a busy machine), in Playwright's own world.
  await expect.poll(() => probe.page.locator(BADGES).count(), { timeout: 10_000 }).toBe(count);
  const badges = await probe.badges();
  expect(badges).toHaveLength(count);
  return badges;
}

/** The worker's heap through the DevTools protocol: attach to its target from a page session. */
export async function workerHeapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.endsWith('/background.js'));
  if (!worker) throw new Error('no extension worker target');
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false })) as { sessionId: string };
  let next = 1;
  const call = (method: string) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const id = next++;
      const listener = (e: { sessionId: string; message: string }) => {
        const msg = JSON.parse(e.message) as { id?: number; result?: Record<string, unknown> };
        if (e.sessionId === sessionId && msg.id === id) {
          cdp.off('Target.receivedMessageFromTarget', listener);
          resolve(msg.result ?? {});
        }
      };
      cdp.on('Target.receivedMessageFromTarget', listener);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    });
  await call('HeapProfiler.collectGarbage');
  const { usedSize } = (await call('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 1024 / 1024;
}
