import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, extensionIdOf, launchWithExtension, test, waitForBadges, type WorkerChrome } from './fixtures';
import type { BadgeProbe } from './shadow';
import { addCtCredential } from './setup';
import { storedMeta } from './stored-meta';
import { bienniumEndingNextMonth, isoFromToday, shown } from './today';

const COURSE_PAGES = ['course-ct-procedures.html', 'course-no-distribution.html', 'shop-woocommerce.html', 'shop-shopify.html', 'lms-course.html'];

async function openWithBadge(sponsorPage: (p: string) => Promise<{ page: Page; probe: BadgeProbe }>, path: string) {
  const opened = await sponsorPage(path);
  const [badge] = await waitForBadges(opened.probe, 1);
  return { ...opened, badge: badge! };
}

async function courseRows(options: Page): Promise<string[]> {
  await options.reload();
  await expect(options.getByRole('heading', { name: 'Course history' })).toBeVisible();
  return options.getByTestId('course-row').allInnerTexts();
}

/** Stops every service worker of the profile, as Chrome does to an idle MV3 worker, and waits until ours reports "stopped". */
async function stopWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  type Versions = { versions: Array<{ scriptURL: string; runningStatus: string }> };
  const stopped = new Promise<void>((resolve) =>
    cdp.on('ServiceWorker.workerVersionUpdated', (e: Versions) => {
      if (e.versions.some((v) => v.scriptURL.endsWith('/background.js') && v.runningStatus === 'stopped')) resolve();
    }),
  );
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}

test('five tabs saving different courses at once: all five stored, none twice', async ({ sponsorPage, extensionPage }) => {
  const tabs = await Promise.all(COURSE_PAGES.map((p) => openWithBadge(sponsorPage, p)));
  // A person clicks one tab at a time (only the tab in front is visible, and the panel's clickjacking
  // guard counts a click only there); the five saves are still in flight together.
  for (const { probe, badge } of tabs) await probe.click(badge, '[data-testid="save-planned"]');
  for (const { probe, badge } of tabs) await expect.poll(() => probe.text(badge)).toContain('Saved as planned.');
  const rows = await courseRows(await extensionPage('options.html'));
  expect(rows).toHaveLength(5);
});

test('two tabs saving the same course at once: one record', async ({ sponsorPage, extensionPage }) => {
  const tabs = await Promise.all([openWithBadge(sponsorPage, 'course-ct-safety.html'), openWithBadge(sponsorPage, 'course-ct-safety.html')]);
  for (const { probe, badge } of tabs) await probe.click(badge, '[data-testid="save-planned"]');
  for (const { probe, badge } of tabs) await expect.poll(() => probe.text(badge)).toContain('Saved as planned.');
  const rows = await courseRows(await extensionPage('options.html'));
  expect(rows).toHaveLength(1);
  expect(rows[0]).toContain('Pediatric CT Dose Optimization');
});

test('two options tabs editing one credential: the later save shows both versions instead of undoing the first (#18 item 8)', async ({ extensionPage }) => {
  const a = await extensionPage('options.html');
  await addCtCredential(a);
  const b = await extensionPage('options.html');
  const ctIn = (page: Page) => page.locator('[data-testid="credential-item"][data-discipline="CT"]');
  // Both forms are open on the same stored version before either saves.
  for (const page of [a, b]) await ctIn(page).getByTestId('edit-credential').click();
  const deadline = isoFromToday({ years: 2 });
  const complete = isoFromToday({ months: -1 });
  await ctIn(a).getByTestId('edit-cqr-deadline').fill(deadline);
  await ctIn(a).getByTestId('save-credential-edit').click();
  await expect(ctIn(a)).toContainText(`CQR deadline ${shown(deadline)}`);

  await ctIn(b).getByTestId('edit-cqr-complete').fill(complete);
  await ctIn(b).getByTestId('save-credential-edit').click();
  const conflict = ctIn(b).getByTestId('edit-conflict');
  await expect(conflict).toContainText(`Saved elsewhere meanwhile: earned`);
  await expect(conflict).toContainText(`CQR deadline ${shown(deadline)}, CQR complete —. Yours:`);
  await expect(conflict).toContainText(`CQR deadline —, CQR complete ${shown(complete)}.`);
  await a.reload();
  await expect(ctIn(a)).toContainText(`CQR deadline ${shown(deadline)}`);
  await expect(ctIn(a)).not.toContainText('CQR complete');

  // "Edit the saved version" starts from A's save; B adds its date to it.
  await conflict.getByTestId('keep-theirs').click();
  await expect(ctIn(b).getByTestId('edit-cqr-deadline')).toHaveValue(deadline);
  await ctIn(b).getByTestId('edit-cqr-complete').fill(complete);
  await ctIn(b).getByTestId('save-credential-edit').click();
  await expect(ctIn(b).getByTestId('credential-editor')).toHaveCount(0);
  for (const page of [a, b]) await expect(ctIn(page)).toContainText(`CQR deadline ${shown(deadline)} (dashboard) · CQR complete ${shown(complete)}`);
});

test('the worker stopped in the middle of a save and of a check: the next action works, nothing lost or doubled', async ({ sponsorPage, extensionPage }) => {
  const options = await extensionPage('options.html');
  const { probe, badge } = await openWithBadge(sponsorPage, 'course-ct-safety.html');
  await Promise.all([probe.click(badge, '[data-testid="save-planned"]'), stopWorkers(options)]);
  // Whatever the stop interrupted, the user's next click must save, once.
  await expect.poll(() => probe.text(badge)).toMatch(/Saved as planned\.|could not save/);
  await probe.click(badge, '[data-testid="save-planned"]');
  await expect.poll(() => probe.text(badge)).toContain('Saved as planned.');
  expect(await courseRows(options)).toHaveLength(1);

  // A page loading while the worker is stopped still gets its check (the worker restarts on the message).
  await stopWorkers(options);
  const next = await sponsorPage('course-ct-procedures.html');
  await waitForBadges(next.probe, 1);
  await stopWorkers(options);
  const [b] = await next.probe.badges();
  await next.probe.click(b!, '[data-testid="save-planned"]');
  await expect.poll(() => next.probe.text(b!)).toContain('Saved as planned.');
  expect(await courseRows(options)).toHaveLength(2);
});

test('a broken backup is rejected in the options page and nothing changes', async ({ sponsorPage, extensionPage }) => {
  const { probe, badge } = await openWithBadge(sponsorPage, 'course-ct-safety.html');
  await probe.click(badge, '[data-testid="save-planned"]');
  await expect.poll(() => probe.text(badge)).toContain('Saved as planned.');
  const options = await extensionPage('options.html');
  options.on('dialog', (d) => void d.accept());
  const before = await courseRows(options);
  const downloading = options.waitForEvent('download');
  await options.getByTestId('export-backup').click();
  const dir = await mkdtemp(join(tmpdir(), 'ce-broken-'));
  const good = join(dir, 'good.json');
  await (await downloading).saveAs(good);
  const text = await (await import('node:fs/promises')).readFile(good, 'utf8');
  const broken = join(dir, 'broken.json');
  for (const content of [text.slice(0, Math.floor(text.length / 2)), text.replace('"credits":150', '"credits":-5'), '{"format":"something else"}']) {
    await writeFile(broken, content);
    await options.getByTestId('import-backup').setInputFiles(broken);
    await expect(options.getByTestId('import-result')).toContainText('Not restored — nothing was changed.');
    await options.getByTestId('import-backup').setInputFiles([]);
  }
  expect(await courseRows(options)).toEqual(before);
  await rm(dir, { recursive: true, force: true });
});

async function ourWorker(context: BrowserContext): Promise<Worker> {
  const id = await extensionIdOf(context);
  return context.serviceWorkers().find((w) => w.url().includes(id))!;
}

test('after a browser restart: same toolbar badge, data kept, no reminder shown twice', async ({ server }) => {
  const dir = await mkdtemp(join(tmpdir(), 'ce-companion-restart-'));
  try {
    // A biennium that ends on the last day of next month: reminders are due now, whatever today is.
    const { birthMonth, startYear } = bienniumEndingNextMonth();
    let context = await launchWithExtension(dir);
    const id = await extensionIdOf(context);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await options.getByTestId('birth-month').selectOption(birthMonth);
    await options.getByPlaceholder('e.g. 2025').fill(startYear);
    await options.getByTestId('save-profile').click();
    const page = await context.newPage();
    await page.goto(`${server.origin}/course-ct-safety.html`);
    let worker = await ourWorker(context);
    const state = async (w: Worker) => ({
      ...(await w.evaluate(async () => {
        const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
        return { badge: await chrome.action.getBadgeText({}), shown: Object.keys(await chrome.notifications.getAll()) };
      })),
      sent: ((await w.evaluate(storedMeta, 'reminders-sent')) as string[] | undefined) ?? [],
    });
    await expect.poll(async () => (await state(worker)).shown.length).toBeGreaterThan(0);
    const before = await state(worker);
    expect(before.sent.length).toBeGreaterThan(0);
    await context.close();

    context = await launchWithExtension(dir);
    worker = await ourWorker(context);
    // Let startup run: the periodic alarm and onStartup both re-check reminders.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await expect(popup.getByTestId('biennium-total')).toBeVisible();
    await expect.poll(async () => (await state(worker)).badge).toBe(before.badge);
    const after = await state(worker);
    expect(after.sent).toEqual(before.sent);
    // Notifications shown after the restart: none repeats one shown before it.
    expect(after.shown.filter((k) => before.shown.includes(k))).toEqual([]);
    await context.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
