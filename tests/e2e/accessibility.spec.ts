import { seriousViolations } from './axe';
import { expect, test, waitForBadges } from './fixtures';
import { setUpCt } from './setup';

test('popup (first run and with data) and options page: no serious or critical axe violation, light and dark', async ({ extensionPage }) => {
  const firstRun = await extensionPage('popup.html');
  await expect(firstRun.getByTestId('popup-first-run')).toBeVisible();
  expect(await seriousViolations(firstRun)).toEqual([]);

  const options = await extensionPage('options.html');
  await setUpCt(options);
  for (const scheme of ['light', 'dark'] as const) {
    await options.emulateMedia({ colorScheme: scheme });
    expect(await seriousViolations(options), `options, ${scheme}`).toEqual([]);
    const popup = await extensionPage('popup.html');
    await popup.emulateMedia({ colorScheme: scheme });
    await expect(popup.getByTestId('credential-card')).toBeVisible();
    expect(await seriousViolations(popup), `popup, ${scheme}`).toEqual([]);
  }
});

test('the in-page badge: no serious or critical axe violation', async ({ context, extensionPage, sponsorPage }) => {
  await setUpCt(await extensionPage('options.html'));
  for (const path of ['course-ct-safety.html', 'catalog.html']) {
    const { probe } = await sponsorPage(path);
    const badges = await waitForBadges(probe, path === 'catalog.html' ? 6 : 1);
    // axe cannot enter a closed shadow root: render the badge's own markup and stylesheet, as shown, in a page of its own.
    const html = await probe.html(badges[0]!);
    for (const scheme of ['light', 'dark'] as const) {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.setContent(`<!doctype html><html lang="en"><head><title>Badge</title></head><body><main>${html}</main></body></html>`);
      expect(await seriousViolations(page), `${path}, ${scheme}`).toEqual([]);
      await page.close();
    }
  }
});
