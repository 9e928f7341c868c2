import { expect, test, waitForBadges, type WorkerChrome } from './fixtures';
import { setUpCt } from './setup';

test('a course rendered by the page’s own script after load gets its badge', async ({ extensionPage, sponsorPage }) => {
  await setUpCt(await extensionPage('options.html'));
  const { page, probe } = await sponsorPage('late-render.html');
  await page.waitForLoadState('load');
  expect(await probe.badges()).toEqual([]);
  const [badge] = await waitForBadges(probe, 1);
  const text = await probe.text(badge!);
  expect(text).toContain('Abdominal CT Protocols');
  expect(text).toContain('+1.25 CT · Procedures · Abdomen and Pelvis');
});

test('a single-page app: each in-app navigation shows the new course, and a page without one shows nothing', async ({ extensionPage, sponsorPage, context }) => {
  await setUpCt(await extensionPage('options.html'));
  const { page, probe } = await sponsorPage('spa-courses.html');
  const text = async () => {
    const badges = await probe.badges();
    return badges.length === 1 ? probe.text(badges[0]!) : `${badges.length} badges`;
  };
  await expect.poll(text, { timeout: 10_000 }).toContain('CT Dose in Practice');

  await page.getByRole('link', { name: 'Abdomen course' }).click();
  await expect.poll(text, { timeout: 10_000 }).toContain('Abdomen Protocol Review');
  expect(await text()).toContain('+0.5 CT · Procedures · Abdomen and Pelvis');

  // The tab's toolbar mark follows ("CE": a course not saved yet): the worker is told when the page has no course any more.
  const worker = context.serviceWorkers().find((w) => w.url().endsWith('/background.js'))!;
  const mark = () =>
    worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: WorkerChrome & { tabs: { query(q: object): Promise<Array<{ id: number; url?: string }>> } } };
      const tab = (await chrome.tabs.query({})).find((t) => t.url?.includes('spa-courses'));
      return chrome.action.getBadgeText({ tabId: tab!.id });
    });
  expect(await mark()).toBe('CE');

  await page.getByRole('link', { name: 'About us' }).click();
  await expect.poll(text, { timeout: 10_000 }).toBe('0 badges');
  await expect.poll(mark).toBe('');
});

test('a catalog that loads more listings gets a badge on each new one too', async ({ sponsorPage }) => {
  const { page, probe } = await sponsorPage('catalog-load-more.html');
  await waitForBadges(probe, 3);
  await page.getByRole('button', { name: 'Load more' }).click();
  const badges = await waitForBadges(probe, 6);
  expect(badges.every((b) => b.kind === 'listing')).toBe(true);
});

test('"Check this page" on a page the detector already runs on checks it afresh, without doubling its badges', async ({ sponsorPage, context }) => {
  const { page, probe } = await sponsorPage('late-render.html');
  await waitForBadges(probe, 1);
  const worker = context.serviceWorkers().find((w) => w.url().endsWith('/background.js'))!;
  // What the worker does for "Check this page": inject the detector into the tab.
  await worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<Array<{ id: number; url?: string }>> }; scripting: { executeScript(o: object): Promise<unknown> } };
    };
    const tab = (await chrome.tabs.query({})).find((t) => t.url?.includes('late-render'));
    await chrome.scripting.executeScript({ target: { tabId: tab!.id }, files: ['/detector.js'] });
  });
  // The fresh detector looks and reports (e2e builds leave performance marks), and the badge is replaced, not doubled.
  const count = (name: string) => page.evaluate((n) => performance.getEntriesByName(`ce-companion:${n}`).length, name);
  await expect.poll(() => count('start')).toBe(2);
  await expect.poll(() => count('badges-mounted')).toBeGreaterThanOrEqual(2);
  const badges = await probe.badges();
  expect(badges).toHaveLength(1);
  expect(await probe.text(badges[0]!)).toContain('Abdominal CT Protocols');
});
