import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { expect } from '@playwright/test';

/**
 * Firefox ESR driven by puppeteer-core over WebDriver BiDi (no separate driver), with the unpacked
 * Firefox e2e build (`npm run build:e2e`) installed through `browser.installExtension`.
 */
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/firefox-mv2-e2e', import.meta.url));
const MANIFEST = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8')) as { version: string; browser_specific_settings: { gecko: { id: string } } };
const ADDON_ID = MANIFEST.browser_specific_settings.gecko.id;
export const EXTENSION_VERSION = MANIFEST.version;
/** Firefox gives each install a random internal UUID; the pref fixes it so the extension's URLs are known. */
const UUID = '0c3e5a3f-8b1d-4f7e-9a26-5d4c3b2a1f00';
export const EXTENSION_ORIGIN = `moz-extension://${UUID}`;

/**
 * Every request that leaves the browser goes through this proxy, which refuses it and writes it
 * down (Firefox never proxies 127.0.0.1, so the demo site is reached directly): the test reads
 * the log.
 */
export interface OutboundLog {
  port: number;
  requests: string[];
  close(): Promise<void>;
}

export async function outboundLog(): Promise<OutboundLog> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.writeHead(403).end();
  });
  // HTTPS through a proxy starts with CONNECT host:port.
  server.on('connect', (req, socket) => {
    requests.push(`https://${req.url ?? ''}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('proxy has no port');
  return { port: address.port, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export interface Firefox {
  browser: Browser;
  /** The options page the e2e build opens on install: the one tab the test can script as the extension. */
  extension: Page;
  /** Where the browser saves downloads. */
  downloads: string;
}

/** Firefox on `profile` (reuse the folder to restart with the same data), the extension installed. */
export async function launchFirefox(profile: string, proxy: OutboundLog, downloads: string): Promise<Firefox> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.share_proxy_settings': true,
      // Downloads land in a known folder without a dialog.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
  await browser.installExtension(EXTENSION_DIR);
  let extension: Page | undefined;
  await expect
    .poll(
      async () => {
        for (const page of await browser.pages()) if ((await hrefOf(page)) === `${EXTENSION_ORIGIN}/options.html`) extension = page;
        return extension !== undefined;
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return { browser, extension: extension!, downloads };
}

/** The page's real location: puppeteer reports about:blank for moz-extension:// tabs. */
async function hrefOf(page: Page): Promise<string> {
  return page.evaluate(() => location.href).catch(() => '');
}

/**
 * Moves the extension's own tab to another of its pages (BiDi may not navigate a tab to
 * moz-extension://, the page itself may) and waits until it has rendered `ready`.
 */
export async function openExtensionPage(tab: Page, path: 'popup.html' | 'options.html', ready: string): Promise<void> {
  await tab.evaluate((p) => {
    location.href = p;
  }, `/${path}`);
  await expect.poll(async () => (await hrefOf(tab)) === `${EXTENSION_ORIGIN}/${path}` && (await has(tab, ready)), { timeout: 15_000 }).toBe(true);
}

export async function has(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((s) => document.querySelector(s) !== null, selector).catch(() => false);
}

export const byTestId = (id: string) => `[data-testid="${id}"]`;

/** Sets an input or select as a person would (Preact listens for input and change). */
export async function fill(page: Page, selector: string, value: string): Promise<void> {
  await page.waitForSelector(selector);
  await page.$eval(
    selector,
    (el, v) => {
      const field = el as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
      const proto = Object.getPrototypeOf(field) as object;
      Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(field, v);
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    },
    value,
  );
}

export async function click(page: Page, selector: string): Promise<void> {
  await (await page.waitForSelector(selector))!.click();
}

export async function textOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => (el as HTMLElement).innerText).catch(() => '');
}
