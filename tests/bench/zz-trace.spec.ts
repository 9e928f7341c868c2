import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from '@playwright/test';
import { extensionIdOf, launchWithExtension } from '../e2e/fixtures';
import { serveFixtures } from '../e2e/serve';
import { setUpCt } from '../e2e/setup';

test('trace', async () => {
  test.setTimeout(300_000);
  const server = await serveFixtures();
  const context = await launchWithExtension(await mkdtemp(join(tmpdir(), 'diag-')));
  const id = await extensionIdOf(context);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  await setUpCt(options);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: any[] = [];
  cdp.on('Tracing.dataCollected', (e: any) => events.push(...e.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel'] }, transferMode: 'ReportEvents' } as any);
  await page.goto(`${server.origin}/${process.env.DIAG ?? 'generated/catalog-200.html'}`, { waitUntil: 'load' });
  await page.waitForTimeout(4000);
  await cdp.send('Tracing.end');
  await done;
  await writeFile('/tmp/perfprof/trace.json', JSON.stringify(events));
  await context.close(); await server.close();
});
