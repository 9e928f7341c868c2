import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from '@playwright/test';
import { extensionIdOf, launchWithExtension } from '../e2e/fixtures';
import { serveFixtures } from '../e2e/serve';
import { setUpCt } from '../e2e/setup';

test('diag', async () => {
  test.setTimeout(300_000);
  const server = await serveFixtures();
  const context = await launchWithExtension(await mkdtemp(join(tmpdir(), 'diag-')));
  await context.addInitScript(() => {
    const w = window as any; w.__lt = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__lt.push([Math.round(e.startTime), Math.round(e.duration), JSON.stringify((e as any).attribution?.map((a: any) => [a.containerType, a.containerSrc, a.name]))]); }).observe({ type: 'longtask', buffered: true });
  });
  const id = await extensionIdOf(context);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  await setUpCt(options);
  for (const path of (process.env.DIAG ?? 'generated/catalog-200.html').split(',')) for (let i = 0; i < 3; i++) {
    const page = await context.newPage();
    await page.goto(`${server.origin}/${path}`, { waitUntil: 'load' });
    await page.waitForTimeout(4000);
    console.log(path, JSON.stringify(await page.evaluate(() => ({
      dcl: Math.round((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd),
      marks: performance.getEntriesByType('mark').map((m) => [m.name.replace('ce-companion:', ''), Math.round(m.startTime)]),
      lt: (window as any).__lt,
    }))));
    await page.close();
  }
  await context.close(); await server.close();
});
