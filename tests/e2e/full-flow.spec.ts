import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, extensionIdOf, launchWithExtension, test, waitForBadges } from './fixtures';
import { addCtCredential } from './setup';

const SHOTS = 'test-results/screenshots';

/** Everything the popup says about the user's standing, for comparing two profiles. */
async function popupState(popup: Page): Promise<string[]> {
  await expect(popup.getByTestId('credential-card').first()).toBeVisible();
  return popup.getByTestId('credential-card').allInnerTexts();
}

test('fresh profile → credential and birth month → pasted prescription → two courses saved from sponsor pages → popup → backup restored in a second profile', async ({
  extensionPage,
  sponsorPage,
  external,
}) => {
  await mkdir(SHOTS, { recursive: true });
  const firstRun = await extensionPage('popup.html');
  await expect(firstRun.getByTestId('popup-first-run')).toBeVisible();

  const options = await extensionPage('options.html');
  await addCtCredential(options);
  await options.getByText('Enter the CQR prescription').click();
  await options.getByTestId('prescription-paste').fill('Safety — Radiation Safety & Dose: 2 credits\nImage Formation 1\nProcedures: Abdomen and Pelvis (1.5)');
  await options.getByTestId('parse-prescription').click();
  await expect(options.getByTestId('parsed-prescription').locator('li')).toHaveText([
    'Safety · Radiation Safety and Dose: 2',
    'Image Production · Image Formation: 1',
    'Procedures · Abdomen and Pelvis: 1.5',
  ]);
  await options.getByTestId('confirm-prescription').click();

  for (const path of ['course-ct-safety.html', 'course-ct-procedures.html']) {
    const { probe } = await sponsorPage(path);
    const [badge] = await waitForBadges(probe, 1);
    await probe.click(badge!, '[data-testid="save-completed"]');
    await probe.click(badge!, '[data-testid="confirm-completed"]');
    await expect.poll(() => probe.text(badge!)).toContain('Saved as completed.');
  }

  // RSD 2 − 1 − 0.5; Image Formation 1 − 0.5; Abdomen and Pelvis 1.5 − 1.5; biennium 1.5 + 2.
  const popup = await extensionPage('popup.html');
  await popup.setViewportSize({ width: 420, height: 640 });
  const card = popup.locator('[data-testid="credential-card"][data-discipline="CT"]');
  await expect(card.getByTestId('remaining-radiation-safety-and-dose')).toHaveText('0.5 left');
  await expect(card.getByTestId('remaining-image-formation')).toHaveText('0.5 left');
  await expect(card.getByTestId('remaining-abdomen-and-pelvis')).toHaveText('done');
  await expect(popup.getByTestId('biennium-total')).toContainText('3.5 / 24');
  await popup.screenshot({ path: `${SHOTS}/popup.png`, fullPage: true });
  const before = await popupState(popup);

  await options.reload();
  await expect(options.getByTestId('course-row')).toHaveCount(2);
  await options.screenshot({ path: `${SHOTS}/options.png`, fullPage: true });
  const downloading = options.waitForEvent('download');
  await options.getByTestId('export-backup').click();
  const backup = join(await mkdtemp(join(tmpdir(), 'ce-backup-')), 'backup.json');
  await (await downloading).saveAs(backup);

  // A second, brand-new profile restores the file and shows the same standing.
  const dir = await mkdtemp(join(tmpdir(), 'ce-companion-restore-'));
  const second = await launchWithExtension(dir);
  try {
    const id = await extensionIdOf(second);
    const restoreOptions = await second.newPage();
    await restoreOptions.goto(`chrome-extension://${id}/options.html`);
    await restoreOptions.getByTestId('import-backup').setInputFiles(backup);
    await expect(restoreOptions.getByTestId('import-result')).toContainText('Restored');
    await expect(restoreOptions.getByTestId('course-row')).toHaveCount(2);
    const restoredPopup = await second.newPage();
    await restoredPopup.goto(`chrome-extension://${id}/popup.html`);
    expect(await popupState(restoredPopup)).toEqual(before);
  } finally {
    await second.close();
    await rm(dir, { recursive: true, force: true });
  }
  expect(external).toEqual([]);
});

test('the badge panel is reachable by keyboard and the page cannot read it', async ({ sponsorPage }) => {
  const { page, probe } = await sponsorPage('course-ct-safety.html');
  const [badge] = await waitForBadges(probe, 1);
  // The panel is an extension page in a frame: it paints once it has the worker's answer.
  await expect.poll(() => probe.text(badge!)).toContain('Pediatric CT Dose Optimization');
  await page.screenshot({ path: `${SHOTS}/course-page-badge.png` });
  // The page's own scripts see a host element with no readable content.
  const seen = await page.evaluate(() => {
    const host = document.querySelector('ce-companion-badge');
    return { shadow: host?.shadowRoot ?? null, text: host?.textContent ?? '', children: host?.childNodes.length ?? -1 };
  });
  expect(seen).toEqual({ shadow: null, text: '', children: 0 });
  // Tab through the page: focus reaches the panel (its host becomes the active element), and Enter on
  // its first button opens the completion form.
  let reached = false;
  for (let i = 0; i < 20 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.tagName.toLowerCase() === 'ce-companion-badge');
  }
  expect(reached).toBe(true);
  await page.keyboard.press('Enter');
  await expect.poll(() => probe.exists(badge!, '[data-testid="confirm-completed"]')).toBe(true);
});

