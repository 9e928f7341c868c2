import { mkdir } from 'node:fs/promises';
import type { BrowserContext, Worker } from '@playwright/test';
import { expect, extensionIdOf, test, type WorkerChrome } from './fixtures';
import { isoFromToday, shown } from './today';

const SHOTS = 'test-results/screenshots';

/**
 * A standing with every state issue #13 must show, restored from a backup whose dates are computed
 * from today: a CT credential whose CQR window closed last month with no completion recorded, a
 * biennium that ended last month 13 credits short (CE probation), a sonography credential, a course
 * without a category, a repeat of unknown format, and a course completed after its approval expired.
 */
function standingBackup(): string {
  const now = new Date();
  const today = isoFromToday({});
  const yearAgo = isoFromToday({ years: -1 });
  const course = (id: string, title: string, credits: number, completedOn: string, extra: Record<string, unknown> = {}) => ({
    id,
    fingerprint: `title:|${title.toLowerCase()}`,
    status: 'completed',
    title,
    credits,
    category: 'A',
    completedOn,
    updatedAt: 1,
    ...extra,
  });
  return JSON.stringify({
    format: 'ce-companion-backup',
    version: 1,
    exportedAt: now.toISOString(),
    // The biennium began on the first of this month: the previous one ended last month.
    profile: { birthMonth: now.getMonth() + 1, bienniumStartYear: now.getFullYear(), trackingSince: isoFromToday({ years: -3 }), reminderLeadDays: [90, 30, 14] },
    credentials: [
      { id: 'ct', discipline: 'CT', earnedOn: isoFromToday({ years: -10, months: -1 }) },
      { id: 's', discipline: 'S', earnedOn: '2009-01-01' },
    ],
    prescriptions: [],
    outlineOverrides: [],
    courses: [
      course('prev', 'Imaging Year in Review', 1000, yearAgo, { format: 'live' }),
      course('once', 'Contrast Reactions', 100, yearAgo),
      course('again', 'Contrast Reactions', 100, today),
      course('nocat', 'Sonography Physics Refresher', 150, today, { category: null, disciplines: ['S'] }),
      course('expired', 'Lapsed Approval Lecture', 100, today, { expires: isoFromToday({ months: -1 }), format: 'live' }),
    ],
    certificates: [],
  });
}

async function ourWorker(context: BrowserContext): Promise<Worker> {
  const id = await extensionIdOf(context);
  return context.serviceWorkers().find((w) => w.url().includes(id))!;
}

const toolbarAndNotifications = (w: Worker) =>
  w.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
    return { badge: await chrome.action.getBadgeText({}), shown: Object.keys(await chrome.notifications.getAll()) };
  });

test('overdue CQR, CE probation, sonography, not-counted and may-not-count courses: popup, toolbar badge, reminders, audit report, and the answers that settle them', async ({ context, extensionPage }) => {
  await mkdir(SHOTS, { recursive: true });
  const options = await extensionPage('options.html');
  await options.getByTestId('import-backup').setInputFiles({ name: 'standing.json', mimeType: 'application/json', buffer: Buffer.from(standingBackup()) });
  await expect(options.getByTestId('import-result')).toContainText('Restored 5 courses');

  // Toolbar badge: "!" for the overdue CQR; reminders for the overdue CQR and the probation.
  const worker = await ourWorker(context);
  await expect.poll(async () => (await toolbarAndNotifications(worker)).badge).toBe('!');
  await expect.poll(async () => (await toolbarAndNotifications(worker)).shown.map((k) => k.split('|')[0])).toEqual(expect.arrayContaining(['cqr-overdue', 'ce-probation']));

  const popup = await extensionPage('popup.html');
  const notices = popup.getByTestId('notice');
  await expect(notices.first()).toContainText('CT: CQR not recorded as complete — ARRT discontinues the credential; reinstatement rules apply');
  await expect(notices.nth(1)).toContainText(/CE probation: 12 credits to make up by \d{4}-\d{2}-\d{2}/);
  await expect(notices.nth(2)).toContainText('Sonography: 0 of 16 sonography-related credits');
  await expect(notices.nth(3)).toContainText('May not count: Contrast Reactions');
  await expect(popup.getByText('2 more in Options → Audit report.')).toBeVisible();
  await expect(popup.locator('[data-testid="cqr-status"][data-status="overdue"]')).toContainText('CQR not recorded as complete');
  await popup.screenshot({ path: `${SHOTS}/standing-popup.png`, fullPage: true });

  await options.reload();
  await options.getByTestId('audit-report').click();
  const report = options.getByTestId('audit-report-view');
  await expect(report.getByTestId('notice')).toHaveCount(6);
  await expect(report).toContainText('Not counted: Sonography Physics Refresher');
  await expect(report).toContainText('Check: Lapsed Approval Lecture');
  await options.screenshot({ path: `${SHOTS}/standing-audit.png`, fullPage: true });

  // The answers: the repeat was a live event; ARRT recorded the CT CQR as complete.
  await options.getByText('Close report').click();
  const again = options.getByTestId('course-row').filter({ hasText: 'Contrast Reactions' }).filter({ has: options.getByTestId('course-note') });
  await expect(again.getByTestId('course-note')).toHaveAttribute('data-kind', 'unknown-format-repeat');
  await again.getByTestId('answer-live').click();
  await expect(options.locator('[data-testid="course-note"][data-kind="unknown-format-repeat"]')).toHaveCount(0);
  const ct = options.locator('[data-testid="credential-item"][data-discipline="CT"]');
  await ct.getByTestId('edit-credential').click();
  await ct.getByTestId('edit-cqr-complete').fill(isoFromToday({ years: -1 }));
  await ct.getByTestId('save-credential-edit').click();
  await expect(ct).toContainText(`CQR complete ${shown(isoFromToday({ years: -1 }))}`);
  await options.screenshot({ path: `${SHOTS}/standing-options-answered.png`, fullPage: true });

  // The live repeat went to the deficit first (11 left); no overdue CQR: the badge shows the deficit.
  await expect.poll(async () => (await toolbarAndNotifications(worker)).badge).toBe('11');
  await popup.reload();
  await expect(popup.getByTestId('notice').first()).toContainText(/CE probation: 11 credits to make up/);
  await expect(popup.locator('[data-testid="cqr-status"]')).not.toHaveAttribute('data-status', 'overdue');
});
