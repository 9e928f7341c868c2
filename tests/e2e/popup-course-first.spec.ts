import { expect, test, waitForBadges } from './fixtures';
import { setUpCt } from './setup';
import { shoot } from './shoot';

/**
 * Issue #16, item 6: on a course page the popup puts the course's card first, right after the next
 * step. The popup reads the *active* tab of its window; here it is a background tab of the same
 * window as the course page, which is brought to the front before the popup loads.
 */
test('on a course page the popup shows the next step, then the course, then the standing', async ({ context, extensionId, sponsorPage }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await setUpCt(options);
  const { page, probe } = await sponsorPage('course-ct-safety.html');
  await waitForBadges(probe, 1);

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await page.bringToFront();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('tab-course')).toContainText('Pediatric CT Dose Optimization');
  // The popup's own question sets the biennium; then the next step shows.
  await popup.getByTestId('biennium-choice').last().click();
  await expect(popup.getByTestId('next-step')).toBeVisible();
  const order = await popup.evaluate(() =>
    [...document.querySelectorAll('main > *')].map((e) => e.getAttribute('data-testid') ?? e.tagName.toLowerCase()).filter((id) => ['next-step', 'tab-course', 'credential-card'].includes(id)),
  );
  expect(order.slice(0, 2)).toEqual(['next-step', 'tab-course']);
  expect(order.indexOf('tab-course')).toBeLessThan(order.indexOf('credential-card'));
  await shoot(popup, '6-popup-course-first');
});
