import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { extensionIdOf, launchWithExtension } from '../e2e/fixtures';
import { serveFixtures } from '../e2e/serve';
import { BadgeProbe, panelFrame } from '../e2e/shadow';
import { setUpCt } from '../e2e/setup';

/**
 * What the panel's extension-origin frame costs (issue #18): detector start to panel painted in
 * its frame, against the same panel's markup rendered into a closed shadow root in the same page
 * (the previous design), and 200 frames of the panel page against 200 closed-shadow chips.
 */
const RUNS = 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const at = (where: Page | Frame, name: string) =>
  where.evaluate((n) => {
    const e = performance.getEntriesByName(`ce-companion:${n}`)[0];
    return e ? performance.timeOrigin + e.startTime : null;
  }, name);

test('panel frame and chip cost', async () => {
  test.setTimeout(600_000);
  const server = await serveFixtures();
  const dir = await mkdtemp(join(tmpdir(), 'ce-bench-frame-'));
  const context = await launchWithExtension(dir);
  try {
    const id = await extensionIdOf(context);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await setUpCt(options);
    const framed: number[] = [];
    const hostMounted: number[] = [];
    const shadowControl: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await context.newPage();
      await page.goto(`${server.origin}/course-ct-safety.html`);
      const frame = await panelFrame(page);
      await expect.poll(() => at(frame, 'panel-painted')).not.toBeNull();
      const start = (await at(page, 'start'))!;
      framed.push((await at(frame, 'panel-painted'))! - start);
      hostMounted.push((await at(page, 'badges-mounted'))! - start);
      // Control: the same markup and stylesheet in a closed shadow root of this page, as before, laid out and painted.
      const html = await frame.content();
      shadowControl.push(
        await page.evaluate(
          (markup) =>
            new Promise<number>((resolve) => {
              const t0 = performance.now();
              const host = document.createElement('div');
              const root = host.attachShadow({ mode: 'closed' });
              root.append(document.createRange().createContextualFragment(markup.replace(/<script[^]*?<\/script>/g, '')));
              document.body.append(host);
              void host.getBoundingClientRect();
              requestAnimationFrame(() => resolve(performance.now() - t0));
            }),
          html,
        ),
      );
      await page.close();
    }
    console.log(`course page: detector start → panel painted in its frame, median ${median(framed).toFixed(1)} ms ${JSON.stringify(framed.map(Math.round))}`);
    console.log(`course page: detector start → frame host mounted, median ${median(hostMounted).toFixed(1)} ms`);
    console.log(`control: same panel markup into a closed shadow root, to next frame, median ${median(shadowControl).toFixed(1)} ms`);

    const chips: number[] = [];
    const frames200: number[] = [];
    for (let i = 0; i < 3; i++) {
      const page = await context.newPage();
      await page.goto(`${server.origin}/generated/catalog-200.html`);
      const probe = await BadgeProbe.attach(page);
      await expect.poll(async () => (await probe.badges()).length, { timeout: 60_000 }).toBe(200);
      const [mounting, mounted] = [(await at(page, 'badges-mounting'))!, (await at(page, 'badges-mounted'))!];
      chips.push(mounted - mounting);
      await page.close();
      // Control: 200 frames of the panel page (an extension page frames its own page freely), until all have loaded.
      frames200.push(
        await options.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const t0 = performance.now();
              let loaded = 0;
              const box = document.createElement('div');
              for (let n = 0; n < 200; n++) {
                const f = document.createElement('iframe');
                f.style.cssText = 'width:280px;height:46px;border:0';
                f.onload = () => {
                  if (++loaded === 200) {
                    resolve(performance.now() - t0);
                    box.remove();
                  }
                };
                f.src = '/badge-frame.html#0';
                box.append(f);
              }
              document.body.append(box);
            }),
        ),
      );
    }
    console.log(`200-listing catalog: 200 closed-shadow chips mounted, median ${median(chips).toFixed(1)} ms ${JSON.stringify(chips.map(Math.round))}`);
    console.log(`control: 200 frames of the panel page loaded, median ${median(frames200).toFixed(0)} ms ${JSON.stringify(frames200.map(Math.round))}`);
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
    await server.close();
  }
});
