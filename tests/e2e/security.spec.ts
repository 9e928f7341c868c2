import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXTENSION_DIR, expect, extensionIdOf, launchWithExtension, test, waitForBadges, type WorkerChrome } from './fixtures';

const OTHER_EXTENSION = fileURLToPath(new URL('../fixtures/other-extension', import.meta.url));

test('manifest: minimum permissions at install, no <all_urls>, no tabs, strict CSP', async () => {
  const manifest = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(manifest.permissions).toEqual(['alarms', 'notifications', 'storage', 'unlimitedStorage', 'activeTab', 'scripting']);
  expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  expect(manifest.permissions).not.toContain('tabs');
  // Any other site only through a permission the user grants at runtime.
  expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  expect(manifest.host_permissions.every((h: string) => h.startsWith('https://*.') || h === 'http://127.0.0.1/*')).toBe(true);
  expect(manifest.content_security_policy.extension_pages).toContain("script-src 'self'");
  expect(manifest.content_security_policy.extension_pages).toContain("object-src 'none'");
  expect(manifest.externally_connectable).toBeUndefined();
  // Only the badge's panel page (and its scripts) may be framed by web pages, and only at a per-session URL (issue #18);
  // the e2e build also lets the test server frame a blank page (the benchmark's control), the store build does not.
  const framed = [{ resources: ['badge-frame.html', 'chip-frame.html', 'chunks/*'], matches: ['https://*/*', 'http://*/*'], use_dynamic_url: true }];
  expect(manifest.web_accessible_resources).toEqual([...framed, { resources: ['bench-blank.html'], matches: ['http://127.0.0.1/*'] }]);
  // The store build (`npm run build`, part of `npm test`) runs on the sponsor sites only, never on 127.0.0.1.
  const store = JSON.parse(await readFile(join(EXTENSION_DIR, '../chrome-mv3/manifest.json'), 'utf8'));
  expect(store.permissions).toEqual(manifest.permissions);
  expect(store.web_accessible_resources).toEqual(framed);
  expect(JSON.stringify(store)).not.toContain('127.0.0.1');
});

test('a web page cannot message the extension, read the badge, or get its markup run', async ({ sponsorPage }) => {
  const { page, probe } = await sponsorPage('hostile.html');
  const [badge] = await waitForBadges(probe, 1);
  // The title is shown as text: the <img onerror> in it never became an element.
  expect(await probe.text(badge!)).toContain('<img src=x onerror="window.__pwned=1"> CT Dose Review');
  expect(await probe.exists(badge!, 'img')).toBe(false);
  expect(await probe.exists(badge!, 'script')).toBe(false);
  const world = await page.evaluate(() => ({
    pwned: (window as { __pwned?: number }).__pwned,
    runtime: typeof (window as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage,
    shadow: document.querySelector('ce-companion-badge')?.shadowRoot ?? null,
  }));
  // 2 is the page's own script; 1 would mean our badge ran page markup.
  expect(world).toEqual({ pwned: 2, runtime: 'undefined', shadow: null });
});

test('another extension is refused', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'ce-companion-other-'));
  const context = await launchWithExtension(dir, [OTHER_EXTENSION]);
  try {
    const ours = await extensionIdOf(context);
    const other = context.serviceWorkers().find((w) => w.url().endsWith('/worker.js')) ?? (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().endsWith('/worker.js') }));
    const outcome = await other.evaluate(async (id) => {
      const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
      try {
        const reply = await chrome.runtime.sendMessage(id, { type: 'tab-courses', tabId: 1 });
        return `answered ${JSON.stringify(reply)}`;
      } catch (e) {
        return `refused: ${(e as Error).message}`;
      }
    }, ours);
    expect(outcome).toMatch(/^refused/);
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('the request counter sees the worker and pages; the extension itself makes no request in a full session', async ({ context, extensionId, extensionPage, sponsorPage, server, external }) => {
  // Control: a request the worker makes reaches the counter, so "zero" below is a measurement, not blindness.
  const worker = context.serviceWorkers().find((w) => w.url().includes(extensionId))!;
  const probe = 'http://127.0.0.1:9/worker-probe';
  await worker.evaluate(async (url) => void (await fetch(url).catch(() => null)), probe);
  await expect.poll(() => external).toContain(probe);
  external.splice(external.indexOf(probe), 1);

  const options = await extensionPage('options.html');
  await options.getByTestId('birth-month').selectOption('5');
  await options.getByTestId('save-profile').click();
  for (const path of ['course-ct-safety.html', 'catalog.html', 'shop-shopify.html', 'news.html']) await sponsorPage(path);
  const popup = await extensionPage('popup.html');
  await expect(popup.getByText('CE Companion').first()).toBeVisible();
  // Only the demo site's own pages and stylesheet were fetched, each by the test's navigation.
  expect(server.requests.filter((p) => !/\.(html|css)$|^\/favicon\.ico$/.test(p))).toEqual([]);
  expect(external).toEqual([]);
});
