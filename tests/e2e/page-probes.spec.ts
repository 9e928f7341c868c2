import type { Page } from '@playwright/test';
import { expect, test, waitForBadges } from './fixtures';
import { chipFrames, panelFrame } from './shadow';
import { setUpCt } from './setup';

/**
 * What a hostile page can learn about the user from the badge, or make it do (issue #18): each
 * probe is what a page's own script can run, with a control showing the probe works.
 */

/** `window.find` is Chromium's find-in-page, open to page scripts: it searched closed shadow roots. */
const pageFinds = (page: Page, texts: string[]) =>
  page.evaluate((all) => all.map((t) => (window as unknown as { find(s: string, c: boolean, b: boolean, w: boolean): boolean }).find(t, false, false, true)), texts);

test("find-in-page cannot read the panel: the user's gaps are in the extension's frame", async ({ extensionPage, sponsorPage }) => {
  await setUpCt(await extensionPage('options.html'));
  const { page, probe } = await sponsorPage('course-ct-safety.html');
  await waitForBadges(probe, 1);
  const frame = await panelFrame(page);
  // Control: the panel shows these, and the page's own text is found.
  await expect(frame.locator('body')).toContainText('22.5 of 24 left after');
  await expect(frame.locator('body')).toContainText('Radiation Safety and Dose — 1 left after');
  expect(await pageFinds(page, ['Pediatric CT Dose Optimization'])).toEqual([true]);
  expect(await pageFinds(page, ['22.5 of 24 left after', 'Radiation Safety and Dose — 1 left', 'left after', 'biennium credits'])).toEqual([false, false, false, false]);

});

test("find-in-page cannot read a catalog's personal chips; their hosts have one size whatever they say", async ({ extensionPage, sponsorPage }) => {
  await setUpCt(await extensionPage('options.html'));
  const { page, probe } = await sponsorPage('catalog.html');
  await waitForBadges(probe, 6);
  // Control: the chips say these (in their frames), and the page's own text is found.
  // A chip frame is a document of its own: on a busy machine they take seconds.
  await expect.poll(async () => (await chipFrames(page)).size, { timeout: 20_000 }).toBe(6);
  expect([...(await chipFrames(page)).values()].join(' | ')).toContain('+1.5 CT Safety · +1.5 biennium');
  expect(await pageFinds(page, ['Category A'])).toEqual([true]);
  expect(await pageFinds(page, ['biennium', 'CT Safety', '+1.5 CT', '★ ≈', 'best fits'])).toEqual([false, false, false, false, false]);
  // The catalog's legend explains ★ and ≈ in the page (issue #16 item 8): the same words for every
  // user and catalog, so finding them tells the page nothing about what the chips say.
  expect(await pageFinds(page, ['≈ estimated from the title'])).toEqual([true]);
  // Every listing's host measures the same, whether its chip says "+3.25 biennium" or "★ ≈ +1.5 CT
  // Safety · +1.5 biennium" (rounded: the page's own grid cells differ by fractions of a pixel).
  const sizes = await page.evaluate(() => [...document.querySelectorAll('ce-companion-badge[data-kind="listing"]')].map((h) => `${Math.round(h.getBoundingClientRect().width)}×${Math.round(h.getBoundingClientRect().height)}`));
  expect(new Set(sizes).size, sizes.join(', ')).toBe(1);
});

/** The panel's extent as a page measures it: which points of the right edge hit our host. */
const hostExtent = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('ce-companion-badge')!;
    let top = Infinity;
    let bottom = -Infinity;
    for (let y = 0; y < innerHeight; y++) {
      if (document.elementFromPoint(innerWidth - 60, y) !== host) continue;
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
    return { height: bottom - top + 1, width: host.getBoundingClientRect().width };
  });

test("the panel host has the same size whatever the user's data; the page's key and click listeners see nothing done in it", async ({ extensionPage, sponsorPage }) => {
  const before = await sponsorPage('course-ct-safety.html');
  await waitForBadges(before.probe, 1);
  await panelFrame(before.page);
  const notSetUp = await hostExtent(before.page);
  await setUpCt(await extensionPage('options.html'));
  const { page, probe } = await sponsorPage('course-ct-safety.html');
  const [badge] = await waitForBadges(probe, 1);
  const frame = await panelFrame(page);
  await expect(frame.locator('body')).toContainText('left after');
  // Control: the probe sees the host at all.
  expect(notSetUp.height).toBeGreaterThan(100);
  expect(await hostExtent(page)).toEqual(notSetUp);

  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    for (const type of ['keydown', 'keyup', 'keypress', 'input', 'click', 'mousedown', 'pointerdown']) {
      window.addEventListener(type, (e) => seen.push(`${type}:${(e as KeyboardEvent).key ?? ''}:${(e as MouseEvent).clientX ?? ''}`), true);
    }
  });
  await probe.click(badge!, '[data-testid="save-completed"]');
  // The certificate picker offers only what a certificate may be: no SVG (issue #18, 15).
  expect((await frame.locator('input[type="file"]').getAttribute('accept'))!.split(',')).toEqual(['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/heic', 'image/heif']);
  await frame.locator('input[type="date"]').click();
  await page.keyboard.type('2025');
  // Control: the same listeners do hear what happens in the page itself.
  expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);
  await page.mouse.click(10, 10);
  await page.keyboard.press('a');
  expect((await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).length).toBeGreaterThan(0);
});

test('the extension says nothing to the page when it starts; forged start events and clobbering markup switch nothing off', async ({ extensionId, context, server }) => {
  const page = await context.newPage();
  await page.addInitScript((id) => {
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    window.addEventListener('message', (e) => heard.push(JSON.stringify(e.data)));
    for (const script of ['content', 'detector', 'badge']) {
      for (const name of ['content-script-started', 'locationchange']) document.addEventListener(`${id}:${script}:wxt:${name}`, () => heard.push(name));
    }
    // Markup that clobbers a string-named global of the same name in every world (the handoff's old key).
    document.addEventListener('DOMContentLoaded', () => {
      const form = document.createElement('form');
      form.id = '__ceCompanionPageCourses';
      form.append(Object.assign(document.createElement('input'), { name: 'latest' }), Object.assign(document.createElement('input'), { name: 'listener' }));
      document.body.prepend(form);
    });
  }, extensionId);
  await page.goto(`${server.origin}/spa-courses.html`);
  const probe = await (await import('./shadow')).BadgeProbe.attach(page);
  await waitForBadges(probe, 1);
  await expect.poll(async () => (await panelFrame(page)).locator('body').textContent()).toContain('CT Dose in Practice');
  expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard.filter((h) => /wxt|script-started|ce-companion/i.test(h)))).toEqual([]);
  expect(await page.evaluate((id) => (window as unknown as { heard: string[] }).heard.some((h) => h.includes(id)), extensionId)).toBe(false);

  // The page forges WXT's start event (the name it would have learned) for every script name, then navigates in-app.
  await page.evaluate((id) => {
    for (const script of ['content', 'detector', 'badge']) {
      const type = `${id}:${script}:wxt:content-script-started`;
      document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: script, messageId: 'forged' } }));
      window.postMessage({ type, contentScriptName: script, messageId: 'forged' }, '*');
    }
    const nav = (window as unknown as { navigation?: EventTarget }).navigation;
    nav?.dispatchEvent(new Event('currententrychange'));
  }, extensionId);
  await page.getByRole('link', { name: 'Abdomen course' }).click();
  // The old panel's frame goes when the new course's comes: a detached frame is read again.
  await expect.poll(async () => (await panelFrame(page)).locator('body').textContent().catch(() => ''), { timeout: 10_000 }).toContain('Abdomen Protocol Review');
});

test("clickjacking: a decoy over the panel or a faded host gets no save; the user's own click on the visible panel does", async ({ extensionPage, sponsorPage }) => {
  await setUpCt(await extensionPage('options.html'));
  const { page, probe } = await sponsorPage('course-ct-safety.html');
  await waitForBadges(probe, 1);
  let frame = await panelFrame(page);
  await page.waitForTimeout(500);

  // A "▶ Play" decoy laid over the panel, letting clicks through to it.
  await page.evaluate(() => {
    const decoy = Object.assign(document.createElement('div'), { id: 'decoy', textContent: '▶ Play' });
    decoy.style.cssText = 'position:fixed;right:0;bottom:0;width:420px;height:420px;background:#000;color:#fff;font-size:40px;z-index:2147483647;pointer-events:none';
    document.body.append(decoy);
  });
  await page.waitForTimeout(500);
  await frame.locator('[data-testid="save-planned"]').click();
  await expect(frame.getByRole('status')).toContainText('Nothing changed');

  // The host moved into a nearly transparent container.
  await page.evaluate(() => {
    document.getElementById('decoy')!.remove();
    const fade = document.createElement('div');
    fade.style.opacity = '0.001';
    document.body.append(fade);
    fade.append(document.querySelector('ce-companion-badge')!);
  });
  // Moving the host reloads its frame.
  await page.waitForTimeout(500);
  frame = await panelFrame(page);
  await page.waitForTimeout(500);
  await frame.locator('[data-testid="save-planned"]').click();
  await expect(frame.getByRole('status')).toContainText('Nothing changed');
  const popup = await extensionPage('popup.html');
  await expect(popup.getByTestId('biennium-total')).toContainText('0 / 24');

  // Control: the panel in plain sight (its tab in front again, after the popup) saves on the user's click.
  await page.bringToFront();
  await page.evaluate(() => document.body.append(document.querySelector('ce-companion-badge')!));
  await page.waitForTimeout(500);
  frame = await panelFrame(page);
  await page.waitForTimeout(500);
  await frame.locator('[data-testid="save-planned"]').click();
  await expect(frame.getByRole('status')).toContainText('Saved as planned.');
});
