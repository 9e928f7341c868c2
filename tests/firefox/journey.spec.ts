import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { expect, test } from '@playwright/test';
import { serveFixtures, type FixtureServer } from '../e2e/serve';
import { CT_PRESCRIPTION } from '../e2e/setup';
import { storedMeta } from '../e2e/stored-meta';
import { bienniumEndingNextMonth, isoFromToday } from '../e2e/today';
import { FirefoxBadgeProbe } from './badges';
import { byTestId, click, EXTENSION_VERSION, fill, has, launchFirefox, openExtensionPage, outboundLog, textOf, type Firefox, type OutboundLog } from './firefox';

/**
 * The core journey in Firefox ESR (MV2 build: `browserAction`, a persistent background page
 * instead of a service worker), headless, as tests/e2e does it in Chromium.
 */
let server: FixtureServer;
let proxy: OutboundLog;
const dirs: string[] = [];
const tempDir = async (name: string) => {
  const dir = await mkdtemp(join(tmpdir(), `ce-companion-firefox-${name}-`));
  dirs.push(dir);
  return dir;
};

test.beforeAll(async () => {
  server = await serveFixtures();
  proxy = await outboundLog();
});
test.afterAll(async () => {
  await server.close();
  await proxy.close();
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

/**
 * Firefox's own traffic: its remote settings (blocklists; a changed server pref did not take) on
 * Mozilla's hosts, and the `.test` hosts puppeteer points its other services at. Anything else
 * reaching the proxy was asked for by the extension or a page.
 */
const FIREFOX_ITSELF = /^(https?:\/\/)?([^/:]+\.)?(mozilla\.(com|net|org)|firefox\.com|[^/:]+\.test)(:\d+)?(\/|$)/;
const notFirefoxItself = (requests: string[]) => requests.filter((url) => !FIREFOX_ITSELF.test(url));

async function launch(profile: string): Promise<Firefox> {
  return launchFirefox(profile, proxy, await tempDir('downloads'));
}

/** Birth month March, a CT credential earned seven and a half years ago, the CT prescription. */
async function setUpCt(options: Page): Promise<void> {
  await fill(options, byTestId('birth-month'), '3');
  await click(options, byTestId('save-profile'));
  await click(options, byTestId('add-credential'));
  await fill(options, byTestId('credential-discipline'), 'CT');
  await fill(options, byTestId('credential-earned'), isoFromToday({ years: -7, months: -6 }));
  await click(options, byTestId('save-credential'));
  await expect.poll(() => has(options, '[data-testid="credential-item"][data-discipline="CT"]')).toBe(true);
  await options.evaluate(() => [...document.querySelectorAll('summary')].find((s) => s.textContent === 'Enter the CQR prescription')?.click());
  for (const [sub, credits] of Object.entries(CT_PRESCRIPTION)) await fill(options, `[data-testid="prescription-credits"][data-subcategory="${sub}"]`, credits);
  await click(options, byTestId('save-prescription'));
  await expect.poll(() => options.evaluate(() => document.body.innerText)).toMatch(/Prescription:/);
}

const remaining = (popup: Page, sub: string) => textOf(popup, `[data-testid="credential-card"][data-discipline="CT"] [data-testid="remaining-${sub}"]`);

test('Firefox ESR: badge on a course page and a catalog, saving, popup, options, backup and restore; nothing leaves the browser', async () => {
  test.setTimeout(180_000);
  const before = proxy.requests.length;
  const first = await launch(await tempDir('profile'));
  try {
    const { browser, extension: options } = first;
    await setUpCt(options);

    const course = await browser.newPage();
    await course.goto(`${server.origin}/course-ct-safety.html`);
    const probe = FirefoxBadgeProbe.attach(browser, course);
    await expect.poll(async () => (await probe.badges()).length, { timeout: 15_000 }).toBe(1);
    const [panel] = await probe.badges();
    // The panel is an extension page in a frame (issue #18): it says its piece once loaded.
    await expect.poll(() => probe.text(panel!), { timeout: 15_000 }).toMatch(/Radiation Safety and Dose/);
    // The frame's "collapsed" reaches the badge script through the worker (Firefox's frames have no `tabs`): the host shrinks.
    await probe.click(panel!, '[aria-label="Hide CE Companion panel"]');
    await expect.poll(() => probe.hostHas(panel!, 'iframe.collapsed')).toBe(true);
    await probe.click(panel!, '[aria-label="Show CE Companion"]');
    await expect.poll(() => probe.hostHas(panel!, 'iframe.collapsed')).toBe(false);
    await probe.click(panel!, byTestId('save-completed'));
    await probe.click(panel!, byTestId('confirm-completed'));
    await expect.poll(() => probe.text(panel!)).toContain('Saved as completed.');
    // Undo takes the save back (through the worker, as in Chromium); saved again for the rest of the journey.
    await probe.click(panel!, byTestId('undo'));
    await expect.poll(() => probe.text(panel!)).toContain('Undone: this course is not saved.');
    await probe.click(panel!, byTestId('save-completed'));
    await probe.click(panel!, byTestId('confirm-completed'));
    await expect.poll(() => probe.text(panel!)).toContain('Saved as completed.');

    const catalog = await browser.newPage();
    await catalog.goto(`${server.origin}/catalog.html`);
    const chips = FirefoxBadgeProbe.attach(browser, catalog);
    // One chip per listing (and the legend's host, the same for every user).
    const listings = async () => (await chips.badges()).filter((b) => b.kind === 'listing');
    await expect.poll(async () => (await listings()).length, { timeout: 15_000 }).toBe(6);
    // Each chip's frame paints what the listing means for this user, and the badge script, told so, uncovers it.
    await expect.poll(async () => (await chips.inFrames('/chip-frame.html', "document.getElementById('chip')?.hidden === false ? document.getElementById('chip').textContent : ''")).filter(Boolean).length, { timeout: 15_000 }).toBe(6);
    const [firstChip] = await listings();
    await expect.poll(() => chips.hostHas(firstChip!, '.slot.painted')).toBe(true);

    // The course states RSD 1 and Image Formation 0.5 of its 1.5 credits: 2 − 1, 1 − 0.5, 1.5 untouched.
    await openExtensionPage(options, 'popup.html', byTestId('credential-card'));
    await expect.poll(() => remaining(options, 'radiation-safety-and-dose')).toBe('1 left');
    expect(await remaining(options, 'image-formation')).toBe('0.5 left');
    expect(await remaining(options, 'abdomen-and-pelvis')).toBe('1.5 left');
    expect(await textOf(options, byTestId('biennium-total'))).toContain('1.5 / 24');
    const standing = await textOf(options, byTestId('credential-card'));

    await openExtensionPage(options, 'options.html', byTestId('course-row'));
    expect(await options.$$eval(byTestId('course-row'), (rows) => rows.length)).toBe(1);
    // Options → About: the version, and the privacy policy shipped in the package.
    expect(await textOf(options, byTestId('about-version'))).toBe(EXTENSION_VERSION);
    const policy = await options.$eval(byTestId('privacy-link'), async (a) => (await fetch((a as HTMLAnchorElement).href)).text());
    expect(policy).toContain('sends nothing anywhere');
    const { downloads } = first;
    await click(options, byTestId('export-backup'));
    await expect.poll(async () => (await readdir(downloads)).filter((f) => /^ce-companion-backup-.*\.json$/.test(f)), { timeout: 15_000 }).toHaveLength(1);
    const backup = join(downloads, (await readdir(downloads)).find((f) => f.endsWith('.json'))!);

    // A second, brand-new profile restores the file and shows the same standing.
    const second = await launch(await tempDir('restore'));
    try {
      const restore = second.extension;
      const input = await restore.waitForSelector(`input${byTestId('import-backup')}`);
      await (input as ElementHandle<HTMLInputElement>).uploadFile(backup);
      await expect.poll(() => textOf(restore, byTestId('import-result')), { timeout: 15_000 }).toContain('Restored 1 courses');
      expect(await restore.$$eval(byTestId('course-row'), (rows) => rows.length)).toBe(1);
      await openExtensionPage(restore, 'popup.html', byTestId('credential-card'));
      await expect.poll(() => textOf(restore, byTestId('credential-card'))).toBe(standing);
    } finally {
      await second.browser.close();
    }
  } finally {
    await first.browser.close();
  }
  expect(notFirefoxItself(proxy.requests.slice(before))).toEqual([]);
});

/**
 * What the MV2 background page keeps up: the toolbar button (browserAction), the alarms, and the
 * reminders it showed. Headless Firefox closes a notification as soon as it is created (getAll() is
 * empty), so "shown" is the store's record of the reminders whose notification was created.
 */
async function backgroundState(extension: Page) {
  const sent = (await extension.evaluate(storedMeta, 'reminders-sent')) as string[] | undefined;
  return {
    ...(await extension.evaluate(async () => {
      const { browser } = globalThis as unknown as {
        browser: { browserAction: { getBadgeText(d: object): Promise<string> }; alarms: { getAll(): Promise<Array<{ name: string }>> } };
      };
      return { badge: await browser.browserAction.getBadgeText({}), alarms: (await browser.alarms.getAll()).map((a) => a.name) };
    })),
    shown: (sent ?? []).length,
  };
}

test('Firefox ESR: a restart keeps the data (one profile, two launches); toolbar button and reminders work in MV2', async () => {
  test.setTimeout(120_000);
  const before = proxy.requests.length;
  const profile = await tempDir('profile');
  const first = await launch(profile);
  try {
    const options = first.extension;
    await setUpCt(options);
    // A biennium that ends on the last day of next month: reminders are due now, whatever today is.
    const { birthMonth, startYear } = bienniumEndingNextMonth();
    await fill(options, byTestId('birth-month'), birthMonth);
    await fill(options, 'input[placeholder="e.g. 2025"]', startYear);
    await click(options, byTestId('save-profile'));
    await expect.poll(async () => (await backgroundState(options)).shown, { timeout: 15_000 }).toBeGreaterThan(0);
    const state = await backgroundState(options);
    expect(state.badge).toBe('24'); // credits still needed for the nearest deadline (the biennium)
    expect(state.alarms).toContain('reminders'); // the periodic check that catches deadlines passed while closed
  } finally {
    await first.browser.close();
  }
  const again = await launch(profile);
  try {
    await openExtensionPage(again.extension, 'popup.html', byTestId('credential-card'));
    await expect.poll(() => remaining(again.extension, 'radiation-safety-and-dose')).toBe('2 left');
    await expect.poll(async () => (await backgroundState(again.extension)).badge).toBe('24');
  } finally {
    await again.browser.close();
  }
  expect(notFirefoxItself(proxy.requests.slice(before))).toEqual([]);
});
