import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, waitForBadges } from './fixtures';
import { addCtCredential, setUpCt } from './setup';
import { shoot } from './shoot';
import { isoFromToday } from './today';

/** Issue #16: the everyday experience, with screenshots in light and dark (shoot.ts). */

const credits = (page: Page, sub: string) => page.locator(`[data-testid="prescription-credits"][data-subcategory="${sub}"]`);

test('1–2: editing a prescription starts from what is stored, keeps the rest, shows old → new; an empty one is refused', async ({ extensionPage }) => {
  const options = await extensionPage('options.html');
  await addCtCredential(options);
  // As in the issue: paste, confirm, then edit in the same session.
  await options.getByText('Enter the CQR prescription').click();
  await options.getByTestId('prescription-paste').fill('Radiation Safety and Dose: 2\nImage Formation 1\nAbdomen and Pelvis 1.5');
  await options.getByTestId('parse-prescription').click();
  await options.getByTestId('confirm-prescription').click();
  await expect(options.getByTestId('prescription-status')).toHaveText('Prescription saved: 3 subcategories, 4.5 credits.');

  await options.getByTestId('edit-prescription').click();
  await expect(credits(options, 'Radiation Safety and Dose')).toHaveValue('2');
  await expect(credits(options, 'Image Formation')).toHaveValue('1');
  await expect(credits(options, 'Abdomen and Pelvis')).toHaveValue('1.5');
  await credits(options, 'Image Formation').fill('2');
  await options.getByTestId('save-prescription').click();
  const changes = options.getByTestId('prescription-changes');
  await expect(changes.locator('li')).toHaveText(['Image Formation: 1 → 2']);
  await shoot(options, '1-prescription-changes', changes);
  await changes.getByTestId('confirm-changes').click();
  await expect(options.getByTestId('prescription-status')).toHaveText('Prescription saved: 3 subcategories, 5.5 credits.');
  await expect(options.getByText(/^Prescription:/)).toContainText('Radiation Safety and Dose 2 · Image Formation 2 · Abdomen and Pelvis 1.5');

  // Clearing every field is refused; the stored prescription stays, and the popup never says "complete".
  await options.getByTestId('edit-prescription').click();
  for (const sub of ['Radiation Safety and Dose', 'Image Formation', 'Abdomen and Pelvis']) await credits(options, sub).fill('');
  await options.getByTestId('save-prescription').click();
  await expect(options.getByTestId('prescription-status')).toContainText('Enter the credits of at least one subcategory');
  await shoot(options, '2-empty-refused', options.locator('[data-testid="credential-item"][data-discipline="CT"]'));
  const popup = await extensionPage('popup.html');
  await expect(popup.locator('[data-testid="credential-card"][data-discipline="CT"]')).toContainText('5.5 of 5.5 prescribed credits still needed');
  await expect(popup.getByText('CQR prescription complete')).toHaveCount(0);
});

test('3: every form names the wrong field and the allowed range', async ({ extensionPage }) => {
  const options = await extensionPage('options.html');
  await addCtCredential(options);
  const status = options.locator('#credentials > [role="status"]');

  await options.getByTestId('add-credential').click();
  await options.getByTestId('credential-discipline').selectOption('CT');
  await options.getByTestId('credential-earned').fill('2015-01-01');
  await options.getByTestId('save-credential').click();
  await expect(status).toContainText('You already have CT — Computed Tomography');
  await options.getByTestId('credential-discipline').selectOption('MR');
  await options.getByTestId('credential-earned').fill(isoFromToday({ months: 2 }));
  await options.getByTestId('save-credential').click();
  await expect(status).toContainText(/^Date earned: \d\d\/\d\d\/\d{4} is in the future; enter a date from 01\/01\/1950 to \d\d\/\d\d\/\d{4} \(today\)\.$/);
  await shoot(options, '3-credential-refused', options.locator('#credentials'));

  await options.getByTestId('biennium-start-year').fill('2099');
  await options.getByTestId('save-profile').click();
  await expect(options.locator('#profile [role="status"]')).toContainText(/^Biennium started in: enter a year from 1950 to \d{4}\.$/);

  // A course by hand (the course fields shared by adding and editing), then edited to impossible
  // values: each refusal names the field and what it allows.
  await options.getByText('Add a completed course by hand').click();
  const add = options.getByTestId('add-course');
  await add.getByTestId('course-title').fill('Pediatric CT Dose Optimization');
  await add.getByTestId('course-credits').fill('1.5');
  // Only Category A/A+ counts (docs/arrt-rules.md): a course of unknown category would not.
  await add.getByTestId('course-category').selectOption('A');
  await add.getByTestId('course-completedOn').fill(isoFromToday({ months: 5 }));
  await add.getByTestId('save-course').click();
  await expect(add.getByTestId('course-errors')).toContainText(/Completed on: .* is in the future/);
  await add.getByTestId('course-completedOn').fill(isoFromToday({ months: -1 }));
  await add.getByTestId('save-course').click();
  await expect(options.getByTestId('course-row')).toHaveCount(1);

  await options.getByRole('button', { name: 'Edit Pediatric CT Dose Optimization' }).click();
  const edit = options.getByRole('form', { name: 'Edit Pediatric CT Dose Optimization' });
  for (const value of ['1000', '0']) {
    await edit.getByTestId('course-credits').fill(value);
    await edit.getByTestId('save-edit').click();
    await expect(edit.getByTestId('course-errors')).toContainText(/Credits: .*0\.25 to 100/);
  }
  await edit.getByTestId('course-credits').fill('1.5');
  await edit.getByTestId('course-completedOn').fill('2099-05-01');
  await edit.getByTestId('save-edit').click();
  await expect(edit.getByTestId('course-errors')).toContainText(/Completed on: .* is in the future/);
  await shoot(options, '3-course-refused', edit);
  // Fixed (today: inside the current biennium whatever today is): saved and confirmed on the row.
  await edit.getByTestId('course-completedOn').fill(isoFromToday({}));
  await edit.getByTestId('save-edit').click();
  await expect(options.getByTestId('course-row').getByRole('status')).toHaveText('Saved “Pediatric CT Dose Optimization”.');
  const popup = await extensionPage('popup.html');
  await expect(popup.getByTestId('biennium-total')).toContainText('1.5 / 24');
});

test('5–7: guided setup asks which biennium, the popup says what to do next in people’s dates and fits 600 px', async ({ extensionPage }) => {
  const options = await extensionPage('options.html');
  const guide = options.getByTestId('setup-guide');
  await expect(guide).toBeVisible();
  await expect(options.getByTestId('more-sections')).not.toHaveAttribute('open');
  await options.getByTestId('birth-month').selectOption('3');
  const choices = options.getByTestId('biennium-ends').getByRole('radio');
  await expect(choices).toHaveCount(2);
  await expect(options.getByTestId('biennium-ends')).toContainText(/Your current biennium ends\s*0[23]\/(28|29)\/\d{4}\s*0[23]\/(28|29)\/\d{4}/);
  await shoot(options, '5-setup-guide');
  await choices.first().check();
  await options.getByTestId('save-profile').click();
  await expect(guide.locator('li.done')).toHaveCount(2);

  await options.getByTestId('add-credential').click();
  await options.getByTestId('credential-discipline').selectOption('CT');
  await options.getByTestId('credential-earned').fill(isoFromToday({ years: -7, months: -6 }));
  await options.getByTestId('save-credential').click();
  await expect(guide).toHaveCount(0);
  await options.getByText('Enter the CQR prescription').click();
  await credits(options, 'Radiation Safety and Dose').fill('2');
  await options.getByTestId('save-prescription').click();
  // A credential whose CQR does not apply (earned before 2011): folded away in the popup.
  await options.getByTestId('add-credential').click();
  await options.getByTestId('credential-discipline').selectOption('R');
  await options.getByTestId('credential-earned').fill('2005-06-01');
  await options.getByTestId('save-credential').click();
  await expect(options.getByTestId('credential-item')).toHaveCount(2);

  const popup = await extensionPage('popup.html');
  await popup.setViewportSize({ width: 404, height: 600 });
  const next = popup.getByTestId('next-step');
  await expect(next).toContainText(/^Next: (Biennium ends|CT CQR: submit prescribed CE by) \d\d\/\d\d\/\d{4} \(in (\d+ (days?|months?)|\d+ years?( \d+ months?)?)\): [\d.]+ credits to go/);
  await expect(popup.getByTestId('renewal')).toContainText(/^Annual renewal by 03\/31\/\d{4} \(/);
  await expect(popup.getByTestId('biennium-dates')).toContainText(/^03\/01\/\d{4} – 02\/(28|29)\/\d{4}, ends in /);
  await expect(popup.getByTestId('far-credential')).toContainText('R — Radiography · not time-limited: no CQR');
  await expect(popup.getByTestId('far-credential')).not.toHaveAttribute('open');
  // No span of hundreds of days anywhere: long spans are in months.
  expect(await popup.locator('main').innerText()).not.toMatch(/\d{3} days/);
  await shoot(popup, '6-popup');
  expect(await popup.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(600);
});

test('5: before the biennium is known the popup asks instead of guessing', async ({ extensionPage }) => {
  const options = await extensionPage('options.html');
  await setUpCt(options);
  const popup = await extensionPage('popup.html');
  const question = popup.getByTestId('biennium-question');
  await expect(question.getByTestId('biennium-choice')).toHaveCount(2);
  await expect(popup.getByTestId('next-step')).toHaveCount(0);
  await shoot(popup, '5-popup-question');
  await question.getByTestId('biennium-choice').last().click();
  await expect(question).toHaveCount(0);
  await expect(popup.getByTestId('next-step')).toBeVisible();
});

test('10: audit package with name and ARRT ID, courses per subcategory, certificates and a calendar file', async ({ extensionPage, sponsorPage }) => {
  const options = await extensionPage('options.html');
  await setUpCt(options);
  await options.getByTestId('profile-name').fill('Jordan Rivera');
  await options.getByTestId('profile-arrt-id').fill('123456789');
  await options.getByTestId('save-profile').click();
  await expect(options.locator('#profile [role="status"]')).toHaveText('Profile saved.');

  const { probe } = await sponsorPage('course-ct-safety.html');
  const [badge] = await waitForBadges(probe, 1);
  await probe.click(badge!, '[data-testid="save-completed"]');
  await probe.click(badge!, '[data-testid="confirm-completed"]');
  await expect.poll(() => probe.text(badge!)).toContain('Saved as completed.');
  await options.reload();
  await options.getByTestId('certificate-input').setInputFiles({ name: 'ct-safety certificate.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%test certificate\n') });
  await expect(options.getByText('Certificate saved.')).toBeVisible();

  await options.getByTestId('audit-report').click();
  const report = options.getByTestId('audit-report-view');
  await expect(report.getByTestId('report-person')).toHaveText('Jordan Rivera, ARRT ID 123456789');
  const table = report.getByTestId('prescription-table');
  await expect(table.locator('thead th')).toHaveText(['Subcategory', 'Course', 'Completed', 'Credits toward it', 'Certificate']);
  await expect(table).toContainText('Safety · Radiation Safety and Dose');
  await expect(table.locator('tbody tr').nth(1)).toContainText('ct-safety certificate.pdf');
  await shoot(options, '10-audit-report');

  const dir = await mkdtemp(join(tmpdir(), 'ce-package-'));
  const calendarDownload = options.waitForEvent('download');
  await report.getByTestId('download-calendar').click();
  const ics = join(dir, 'deadlines.ics');
  await (await calendarDownload).saveAs(ics);
  const text = await readFile(ics, 'utf8');
  expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
  expect(text.split('\r\n').every((l) => Buffer.byteLength(l) <= 75 && !l.includes('\n'))).toBe(true);
  expect(text).toContain('SUMMARY:ARRT CE biennium ends');
  expect(text).toContain('SUMMARY:CT CQR: submit prescribed CE');
  expect(text).toContain('SUMMARY:ARRT annual renewal due');

  const packageDownload = options.waitForEvent('download');
  await report.getByTestId('download-package').click();
  const zipPath = join(dir, 'package.zip');
  await (await packageDownload).saveAs(zipPath);
  await expect(report.getByTestId('package-status')).toContainText('Package saved');
  // The system's unzip checks every entry's CRC and lists the names.
  const listing = execFileSync('unzip', ['-t', zipPath], { encoding: 'utf8' });
  expect(listing).toContain('No errors detected');
  expect(listing).toMatch(/report\.html[\s\S]*completed-ce\.csv[\s\S]*deadlines\.ics[\s\S]*certificates\/01-ct-safety certificate\.pdf/);
});
