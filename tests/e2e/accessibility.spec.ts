import type { Page } from '@playwright/test';
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

test('issue #16 states: setup guide, prescription changes, refused entry, answered biennium with folded credential, plan, audit report — light and dark', async ({ extensionPage }) => {
  test.setTimeout(240_000);
  const options = await extensionPage('options.html');
  const check = async (page: Page, what: string) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(page), `${what}, ${scheme}`).toEqual([]);
    }
  };
  await expect(options.getByTestId('setup-guide')).toBeVisible();
  await options.getByTestId('birth-month').selectOption('3');
  await check(options, 'setup guide with the biennium question');

  await setUpCt(options);
  await options.getByTestId('edit-prescription').click();
  await options.locator('[data-testid="prescription-credits"][data-subcategory="Image Formation"]').fill('2');
  await options.getByTestId('save-prescription').click();
  await expect(options.getByTestId('prescription-changes')).toBeVisible();
  await check(options, 'prescription changes');
  await options.getByTestId('confirm-changes').click();

  await options.getByTestId('add-credential').click();
  await options.getByTestId('credential-discipline').selectOption('R');
  await options.getByTestId('credential-earned').fill('2099-01-01');
  await options.getByTestId('save-credential').click();
  await expect(options.locator('#credentials > [role="status"]')).toContainText('Date earned');
  await check(options, 'refused entry');
  await options.getByTestId('credential-earned').fill('2005-06-01');
  await options.getByTestId('save-credential').click();

  const popup = await extensionPage('popup.html');
  await expect(popup.getByTestId('biennium-question')).toBeVisible();
  await check(popup, 'popup asking the biennium');
  await popup.getByTestId('biennium-choice').first().click();
  await expect(popup.getByTestId('next-step')).toBeVisible();
  await popup.getByTestId('far-credential').locator('summary').click();
  await check(popup, 'popup with next step and an opened far-away credential');

  await options.reload();
  await options.getByTestId('plan').click();
  await expect(options.getByTestId('plan-result')).toBeVisible();
  await check(options, 'plan result');
  await options.getByTestId('audit-report').click();
  await expect(options.getByTestId('audit-report-view')).toBeVisible();
  await check(options, 'audit report');
});
