import { mkdir } from 'node:fs/promises';
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test, waitForBadges, type WorkerChrome } from './fixtures';
import { chipFrames, panelFrame, type BadgeProbe } from './shadow';
import { setUpCt } from './setup';

/**
 * Issue #16 item 8 and #18 item 4: every save made on a page can be taken back (from the panel
 * and the popup), a planned course leaves the plan, a catalog chip saves as planned, the toolbar
 * mark tells planned from completed, the chips have a legend; #16 item 12: the panel early in the
 * tab order, never over the title at high zoom. Screenshots (light and dark) for a person to look at.
 */
const SHOTS = 'test-results/screenshots/saves';

async function shoot(page: Page, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    // The frames follow the page's scheme on their next paint.
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${SHOTS}/${name}-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** The toolbar mark of the tab showing `path`, as the worker set it. */
function tabMark(context: BrowserContext, path: string) {
  const worker = context.serviceWorkers().find((w) => w.url().endsWith('/background.js'))!;
  return () =>
    worker.evaluate(async (p) => {
      const { chrome } = globalThis as unknown as { chrome: WorkerChrome & { tabs: { query(q: object): Promise<Array<{ id: number; url?: string }>> } } };
      const tab = (await chrome.tabs.query({})).find((t) => t.url?.endsWith(p));
      return chrome.action.getBadgeText({ tabId: tab!.id });
    }, path);
}

/** A real click in the panel, after the tab is in front and the panel visible for the guard's 300 ms. */
async function press(page: Page, frame: Frame, testId: string): Promise<void> {
  await page.bringToFront();
  await page.waitForTimeout(400);
  await frame.getByTestId(testId).click();
}

/** The popup's biennium total ("1.5 / 24"). */
async function total(extensionPage: (p: 'popup.html') => Promise<Page>): Promise<string> {
  const popup = await extensionPage('popup.html');
  await expect(popup.getByTestId('biennium-total')).toBeVisible();
  const text = (await popup.getByTestId('biennium-total').textContent()) ?? '';
  await popup.close();
  return text;
}

test('panel: Undo takes back exactly the save (new, or a re-save back to planned), Remove from plan; the toolbar mark follows', async ({ context, extensionPage, sponsorPage }) => {
  test.setTimeout(180_000);
  await setUpCt(await extensionPage('options.html'));
  const { page, probe } = await sponsorPage('course-ct-safety.html');
  await waitForBadges(probe, 1);
  const frame = await panelFrame(page);
  const mark = tabMark(context, '/course-ct-safety.html');
  const status = frame.getByRole('status');
  await expect.poll(mark).toBe('CE');

  // Planned, then undone: nothing saved.
  await press(page, frame, 'save-planned');
  await expect(status).toHaveText('Saved as planned.');
  await expect(frame.getByTestId('remove-from-plan')).toBeVisible();
  await expect.poll(mark).toBe('plan');
  await shoot(page, 'panel-after-plan');
  await press(page, frame, 'undo');
  await expect(status).toHaveText('Undone: this course is not saved.');
  // The pressed button is gone: the message has the focus.
  await expect(status).toBeFocused();
  await expect(frame.getByTestId('undo')).toHaveCount(0);
  await expect.poll(mark).toBe('CE');

  // Planned again, then removed from the plan.
  await press(page, frame, 'save-planned');
  await expect(status).toHaveText('Saved as planned.');
  await press(page, frame, 'remove-from-plan');
  await expect(status).toHaveText('Removed from your plan.');
  await expect.poll(mark).toBe('CE');

  // Completed (counts), then undone: the biennium total is back to 0.
  await press(page, frame, 'save-completed');
  await press(page, frame, 'confirm-completed');
  await expect(status).toHaveText('Saved as completed.');
  // The coverage lines follow the save (the worker's new check).
  await expect(frame.locator('body')).toContainText('Already completed');
  // Done: it cannot be filed back as planned from here.
  await expect(frame.getByTestId('save-planned')).toHaveCount(0);
  await expect.poll(mark).toBe('✓');
  expect(await total(extensionPage)).toBe('1.5 / 24');
  await press(page, frame, 'undo');
  await expect(status).toHaveText('Undone: this course is not saved.');
  await expect(frame.locator('body')).toContainText('22.5 of 24 left after');
  await expect.poll(mark).toBe('CE');
  expect(await total(extensionPage)).toBe('0 / 24');

  // A re-save: planned, the page reloaded (its panel offers "Remove from plan", not Undo: that save was
  // not made in this panel), then completed and undone: back to the planned record.
  await press(page, frame, 'save-planned');
  await expect.poll(mark).toBe('plan');
  await page.reload();
  await waitForBadges(probe, 1);
  const again = await panelFrame(page);
  await expect(again.getByRole('status')).toHaveText('Saved as planned.');
  await expect(again.getByTestId('remove-from-plan')).toBeVisible();
  await press(page, again, 'save-completed');
  await press(page, again, 'confirm-completed');
  await expect(again.getByRole('status')).toHaveText('Saved as completed.');
  await expect.poll(mark).toBe('✓');
  await shoot(page, 'panel-after-complete');
  expect(await seriousViolations(page), 'panel with Undo').toEqual([]);
  await press(page, again, 'undo');
  await expect(again.getByRole('status')).toHaveText('Undone: back to planned.');
  await expect(again.getByTestId('remove-from-plan')).toBeVisible();
  await expect.poll(mark).toBe('plan');
  expect(await total(extensionPage)).toBe('0 / 24');
});

test('panel: Undo through a decoy is refused like a save', async ({ extensionPage, sponsorPage }) => {
  await setUpCt(await extensionPage('options.html'));
  const { page, probe } = await sponsorPage('course-ct-safety.html');
  await waitForBadges(probe, 1);
  const frame = await panelFrame(page);
  await press(page, frame, 'save-planned');
  await expect(frame.getByRole('status')).toHaveText('Saved as planned.');
  await page.evaluate(() => {
    const decoy = Object.assign(document.createElement('div'), { textContent: '▶ Play' });
    decoy.style.cssText = 'position:fixed;right:0;bottom:0;width:420px;height:420px;background:#000;color:#fff;z-index:2147483647;pointer-events:none';
    document.body.append(decoy);
  });
  await page.waitForTimeout(500);
  await frame.getByTestId('undo').click();
  await expect(frame.getByRole('status')).toContainText('Nothing changed');
  await frame.getByTestId('remove-from-plan').click();
  await expect(frame.getByRole('status')).toContainText('Nothing changed');
  // Still planned.
  const options = await extensionPage('options.html');
  await expect(options.getByText('Pediatric CT Dose Optimization').first()).toBeVisible();
});

test('popup: a completion saved on the page is undone from "On this page"', async ({ context, extensionPage, sponsorPage }) => {
  await setUpCt(await extensionPage('options.html'));
  const { page, probe } = await sponsorPage('course-ct-safety.html');
  await waitForBadges(probe, 1);
  const frame = await panelFrame(page);
  await press(page, frame, 'save-completed');
  await press(page, frame, 'confirm-completed');
  await expect(frame.getByRole('status')).toHaveText('Saved as completed.');
  // The popup reads its window's active tab: it loads in a background tab while the course page is in front.
  const popup = await context.newPage();
  await page.bringToFront();
  const extensionId = new URL(frame.url()).host;
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('biennium-total')).toHaveText('1.5 / 24');
  await expect(popup.getByTestId('last-save')).toContainText('Saved on this page as completed.');
  // Saved as completed: the popup offers no second "Completed today".
  await expect(popup.getByTestId('tab-course').getByTestId('save-completed')).toHaveCount(0);
  await popup.emulateMedia({ colorScheme: 'dark' });
  await mkdir(SHOTS, { recursive: true });
  await popup.screenshot({ path: `${SHOTS}/popup-undo-dark.png`, fullPage: true });
  expect(await seriousViolations(popup), 'popup with Undo, dark').toEqual([]);
  await popup.emulateMedia({ colorScheme: 'light' });
  await popup.screenshot({ path: `${SHOTS}/popup-undo-light.png`, fullPage: true });
  expect(await seriousViolations(popup), 'popup with Undo, light').toEqual([]);
  // A screenshot brings the popup's tab to the front: the course page goes back in front before the popup reloads its tab.
  await page.bringToFront();
  await popup.getByTestId('last-save').getByRole('button', { name: 'Undo' }).click();
  await expect(popup.getByRole('status')).toHaveText('Undone: this course is not saved.');
  await expect(popup.getByTestId('last-save')).toHaveCount(0);
  await expect(popup.getByTestId('biennium-total')).toHaveText('0 / 24');
  await expect(popup.getByTestId('tab-course').getByTestId('save-completed')).toBeVisible();
});

/** The catalog legend's text, through the closed shadow root (as DevTools reads it). */
async function legendText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: unknown };
  const texts: string[] = [];
  const walk = (n: { nodeName?: string; attributes?: string[]; shadowRoots?: unknown[]; children?: unknown[]; nodeValue?: string }, inLegend: boolean) => {
    const legend = inLegend || (n.nodeName === 'CE-COMPANION-BADGE' && (n.attributes ?? []).join(' ').includes('legend'));
    if (legend && n.nodeName === '#text') texts.push(n.nodeValue ?? '');
    for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) walk(c as typeof n, legend);
  };
  walk(root as Parameters<typeof walk>[0], false);
  return texts.filter((t) => !t.includes('{')).join('');
}

test('catalog: "Plan" in a chip saves the listing as planned (guarded); the chips have a legend for ★ and ≈', async ({ extensionPage, sponsorPage }) => {
  test.setTimeout(120_000);
  await setUpCt(await extensionPage('options.html'));
  const { page, probe } = await sponsorPage('catalog.html');
  await waitForBadges(probe, 6);
  await expect.poll(async () => (await chipFrames(page)).size, { timeout: 20_000 }).toBe(6);
  expect(await legendText(page)).toContain('≈ estimated from the title, counted only once you confirm it');
  const chip = page.frames().find((f) => f.url().endsWith('/chip-frame.html#0'))!;
  await expect(chip.getByRole('button', { name: 'Save as planned' })).toBeVisible();
  await shoot(page, 'catalog-legend-plan');
  expect(await seriousViolations(page), 'catalog with legend and Plan').toEqual([]);

  // Covered by a decoy: refused.
  const box = (await (await chip.frameElement()).boundingBox())!;
  await page.evaluate((b) => {
    const decoy = Object.assign(document.createElement('div'), { id: 'decoy' });
    decoy.style.cssText = `position:absolute;left:${b.x + scrollX}px;top:${b.y + scrollY}px;width:${b.width}px;height:${b.height}px;background:#fff;z-index:2147483647;pointer-events:none`;
    document.body.append(decoy);
  }, box);
  await page.waitForTimeout(500);
  await chip.getByRole('button', { name: 'Save as planned' }).click();
  await expect(chip.locator('#chip')).toContainText('Nothing saved');
  await page.evaluate(() => document.getElementById('decoy')!.remove());

  // In plain sight: saved as planned, the chip says so and its button goes.
  await page.waitForTimeout(500);
  await chip.getByRole('button', { name: 'Save as planned' }).click();
  await expect(chip.locator('#chip')).toHaveText(/^planned · /);
  await expect(chip.getByRole('button', { name: 'Save as planned' })).toBeHidden();
  // The panel for that listing says so too, and offers Remove from plan.
  await probe.press((await probe.badges()).filter((b) => b.kind === 'listing')[0]!, '.slot');
  const frame = await panelFrame(page);
  await expect(frame.getByRole('status')).toHaveText('Saved as planned.');
  await expect(frame.getByTestId('remove-from-plan')).toBeVisible();
});

async function titleBox(page: Page) {
  return (await page.locator('h1').boundingBox())!;
}

test('high zoom (320 px wide): the panel starts collapsed off the title, first in the tab order — light and dark', async ({ sponsorPage }) => {
  const { page, probe } = await sponsorPage('course-ct-safety.html');
  await page.setViewportSize({ width: 320, height: 480 });
  await page.reload();
  await waitForBadges(probe, 1);
  const frame = await panelFrame(page);
  await expect(frame.getByRole('button', { name: 'Show CE Companion' })).toBeVisible();
  const panel = (await (await frame.frameElement()).boundingBox())!;
  const title = await titleBox(page);
  const overlaps = panel.x < title.x + title.width && title.x < panel.x + panel.width && panel.y < title.y + title.height && title.y < panel.y + panel.height;
  expect(overlaps, `panel ${JSON.stringify(panel)} title ${JSON.stringify(title)}`).toBe(false);
  expect(panel.height).toBeLessThan(60);
  await shoot(page, 'zoom-320-collapsed');
  // The first Tab reaches the panel: its host is the first thing in <body>.
  await page.keyboard.press('Tab');
  expect(await frame.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Show CE Companion');
  await page.keyboard.press('Enter');
  await expect(frame.getByTestId('save-planned')).toBeVisible();
  await shoot(page, 'zoom-320-opened');
  expect(await seriousViolations(page), 'collapsed panel at 320 px').toEqual([]);
});

test('a desktop viewport: the panel starts open, and the first Tab reaches it too', async ({ sponsorPage }) => {
  const { page, probe }: { page: Page; probe: BadgeProbe } = await sponsorPage('course-ct-safety.html');
  await waitForBadges(probe, 1);
  const frame = await panelFrame(page);
  await expect(frame.getByTestId('save-planned')).toBeVisible();
  await page.keyboard.press('Tab');
  expect(await frame.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('save-completed');
});
