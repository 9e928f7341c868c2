import { expect, test, waitForBadges } from './fixtures';
import { setUpCt } from './setup';

test('a course page shows its coverage; "Save as completed" stores it and the popup reduces the gaps by its distribution', async ({ extensionPage, sponsorPage, external }) => {
  const options = await extensionPage('options.html');
  await setUpCt(options);

  const { probe } = await sponsorPage('course-ct-safety.html');
  const [badge] = await waitForBadges(probe, 1);
  expect(badge!.kind).toBe('page');
  const text = await probe.text(badge!);
  expect(text).toContain('Pediatric CT Dose Optimization');
  expect(text).toContain('1.5 credits · Category A · NWE24010077');
  expect(text).toContain('+1 CT · Safety · Radiation Safety and Dose — 1 left after');
  expect(text).toContain('+0.5 CT · Image Production · Image Formation — 0.5 left after');
  expect(text).toContain('+1.5 biennium credits — 22.5 of 24 left after');

  await probe.click(badge!, '[data-testid="save-completed"]');
  await probe.click(badge!, '[data-testid="confirm-completed"]');
  await expect.poll(() => probe.text(badge!)).toContain('Saved as completed.');

  const popup = await extensionPage('popup.html');
  const card = popup.locator('[data-testid="credential-card"][data-discipline="CT"]');
  await expect(card.getByTestId('remaining-radiation-safety-and-dose')).toHaveText('1 left');
  await expect(card.getByTestId('remaining-image-formation')).toHaveText('0.5 left');
  await expect(card.getByTestId('remaining-abdomen-and-pelvis')).toHaveText('1.5 left');
  await expect(popup.getByTestId('biennium-total')).toContainText('1.5 / 24');
  expect(external).toEqual([]);
});
