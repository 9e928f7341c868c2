import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from '@playwright/test';
import { expect, extensionIdOf, launchWithExtension, waitForBadges } from '../e2e/fixtures';
import { serveFixtures } from '../e2e/serve';
import { BadgeProbe } from '../e2e/shadow';
import { setUpCt } from '../e2e/setup';

/**
 * `npm start`: the built extension in Chromium with the demo sponsor site on 127.0.0.1. It walks
 * through setup → a course page's badge → saving → popup → options → audit report and saves a
 * screenshot of each step into demo-output/<time>/. With a display it then leaves the browser
 * open on the demo site for you to try; without one it runs headless and ends.
 */
test('demo walkthrough', async () => {
  const headed = Boolean(process.env.DISPLAY) && process.env.CI === undefined;
  test.setTimeout(headed ? 0 : 120_000);
  const out = resolve('demo-output', new Date().toISOString().replace(/[:.]/g, '-'));
  await mkdir(out, { recursive: true });
  const server = await serveFixtures(Number(process.env.DEMO_PORT ?? 0));
  const profile = await mkdtemp(join(tmpdir(), 'ce-companion-demo-'));
  const context = await launchWithExtension(profile, [], !headed);
  const shot = async (page: import('@playwright/test').Page, name: string, fullPage = true) => {
    await page.screenshot({ path: join(out, name), fullPage });
    console.log(`  ${join(out, name)}`);
  };
  try {
    const id = await extensionIdOf(context);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await setUpCt(options);

    const course = await context.newPage();
    await course.goto(`${server.origin}/course-ct-safety.html`);
    const probe = await BadgeProbe.attach(course);
    const [badge] = await waitForBadges(probe, 1);
    // The panel is an extension page in a frame: it paints once it has the worker's answer.
    await expect.poll(() => probe.text(badge!)).toContain('Radiation Safety and Dose');
    await shot(course, '1-course-page-badge.png', false);
    await probe.click(badge!, '[data-testid="save-completed"]');
    await probe.click(badge!, '[data-testid="confirm-completed"]');
    await expect.poll(() => probe.text(badge!)).toContain('Saved as completed.');
    await shot(course, '2-course-saved.png', false);

    const catalog = await context.newPage();
    await catalog.goto(`${server.origin}/catalog.html`);
    const chips = await BadgeProbe.attach(catalog);
    const listings = await waitForBadges(chips, 6);
    // Each listing's personal chip is painted by its own extension frame, then uncovered.
    await expect.poll(async () => (await Promise.all(listings.map((b) => chips.exists(b, '.slot.painted')))).every(Boolean), { timeout: 15_000 }).toBe(true);
    // A frame shown just now paints with the page's next frames.
    await catalog.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    // The viewport (1280 × 800, the store's screenshot size) holds every listing. Not a full-page
    // shot: resizing the page for the picture relays out the chips' frames, each in its own
    // process, and the shot could catch them narrower than they are.
    await shot(catalog, '3-catalog-badges.png', false);

    const popup = await context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await expect(popup.getByTestId('credential-card')).toBeVisible();
    // The popup asks which biennium the ARRT dashboard shows; answered, it says what to do next.
    await popup.getByTestId('biennium-choice').last().click();
    await expect(popup.getByTestId('next-step')).toBeVisible();
    await shot(popup, '4-popup.png');

    await options.reload();
    await shot(options, '5-options.png');
    await options.getByTestId('audit-report').click();
    await expect(options.getByTestId('audit-report-view')).toBeVisible();
    await shot(options, '6-audit-report.png');
    console.log(`Demo screenshots: ${out}`);

    if (headed) {
      const home = await context.newPage();
      await home.goto(server.origin);
      console.log(`Demo sponsor site: ${server.origin} — close the browser window to stop.`);
      await context.waitForEvent('close', { timeout: 0 });
    }
  } finally {
    await context.close().catch(() => undefined);
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
});
