import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { alreadySaved, history30 } from '../fixtures/csv/history';
import { seriousViolations } from './axe';
import { expect, test, waitForBadges } from './fixtures';

const SHOTS = 'test-results/screenshots';
const certificate = (name: string) => readFile(new URL(`../fixtures/certificates/${name}`, import.meta.url));

/** Drops a file on the add-course form as a person drags it from their downloads. */
async function drop(options: Page, name: string, bytes: Buffer, type = 'application/pdf') {
  const transfer = await options.evaluateHandle(
    ([b64, fileName, mime]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([Uint8Array.from(atob(b64!), (c) => c.charCodeAt(0))], fileName!, { type: mime! }));
      return dt;
    },
    [bytes.toString('base64'), name, type],
  );
  await options.getByTestId('add-course').dispatchEvent('drop', { dataTransfer: transfer });
}

test('a certificate PDF dropped on the options page fills the form beside its page; nothing is saved until Save', async ({ extensionPage, external }) => {
  const options = await extensionPage('options.html');
  await drop(options, 'cqr-table.pdf', await certificate('cqr-table.pdf'));
  // The first PDF of a session loads pdf.js: allow it time on a busy machine.
  await expect(options.getByTestId('certificate-reading')).toContainText('Read from the certificate: Title, Sponsor, Completed on, Credits, Category, Approval number, Approved by, Format, Credit distribution', { timeout: 30_000 });
  await expect(options.getByTestId('course-title')).toHaveValue('CT Safety and Patient Care Review');
  await expect(options.getByTestId('course-sponsor')).toHaveValue('Bayside Modality Academy');
  await expect(options.getByTestId('course-completedOn')).toHaveValue('2026-02-20');
  await expect(options.getByTestId('course-credits')).toHaveValue('3');
  await expect(options.getByTestId('course-category')).toHaveValue('A+');
  await expect(options.getByTestId('course-approvalNumber')).toHaveValue('BMA02600112');
  await expect(options.getByTestId('course-format')).toHaveValue('home-study');
  await expect(options.getByTestId('distribution-row')).toHaveCount(3);
  const page = options.locator('[data-testid="certificate-page"] canvas');
  await expect(page).toBeVisible();
  expect((await page.boundingBox())!.width).toBeGreaterThan(200);
  await expect(options.getByTestId('course-row')).toHaveCount(0);
  await options.screenshot({ path: `${SHOTS}/certificate-read.png`, fullPage: true });
  for (const scheme of ['light', 'dark'] as const) {
    await options.emulateMedia({ colorScheme: scheme });
    expect(await seriousViolations(options), `certificate form, ${scheme}`).toEqual([]);
  }
  await options.screenshot({ path: `${SHOTS}/certificate-read-dark.png`, fullPage: true });
  await options.emulateMedia({ colorScheme: 'light' });

  await options.getByTestId('save-course').click();
  await expect(options.getByTestId('add-course-message')).toContainText('Course added: “CT Safety and Patient Care Review”.');
  const row = options.getByTestId('course-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('CT Radiation Safety and Dose 1.5; CT Patient Interactions and Management 1; CT Image Formation 0.5 — confirmed by you');
  await expect(row).toContainText('View certificate');
  // pdf.js and its worker come from the extension: nothing was fetched from anywhere else.
  expect(external).toEqual([]);
});

test('a certificate of a course saved as planned completes that course on the certificate’s date', async ({ sponsorPage, extensionPage }) => {
  const { probe } = await sponsorPage('course-ct-safety.html');
  const [badge] = await waitForBadges(probe, 1);
  await probe.click(badge!, '[data-testid="save-planned"]');
  await expect.poll(() => probe.text(badge!)).toContain('Saved as planned.');

  const options = await extensionPage('options.html');
  await expect(options.locator('[data-testid="course-row"][data-status="planned"]')).toHaveCount(1);
  await options.getByText('Add a completed course by hand or from its certificate').click();
  await options.getByTestId('add-certificate-file').setInputFiles({ name: 'northwind-certificate.pdf', mimeType: 'application/pdf', buffer: await certificate('table.pdf') });
  await expect(options.getByTestId('planned-match')).toContainText('This certificate is for “Pediatric CT Dose Optimization”, saved as planned: saving completes that course on 2026-03-14', { timeout: 30_000 });
  await expect(options.getByTestId('differences')).toHaveCount(0);
  await options.screenshot({ path: `${SHOTS}/certificate-planned.png`, fullPage: true });
  await options.getByTestId('save-course').click();
  await expect(options.getByTestId('add-course-message')).toContainText('Completed “Pediatric CT Dose Optimization” on 2026-03-14');
  const rows = options.getByTestId('course-row');
  await expect(rows).toHaveCount(1);
  await expect(rows).toHaveAttribute('data-status', 'completed');
  await expect(rows).toContainText('Completed 2026-03-14');
  await expect(rows).toContainText('View certificate');
});

test('a scanned certificate opens an empty form beside its page; encrypted, broken and 50 MB files are refused with nothing changed', async ({ extensionPage }) => {
  const options = await extensionPage('options.html');
  await drop(options, 'scanned.pdf', await certificate('scanned.pdf'));
  await expect(options.getByTestId('certificate-reading')).toContainText('This certificate has no text to read', { timeout: 30_000 });
  await expect(options.locator('[data-testid="certificate-page"] canvas')).toBeVisible();
  await expect(options.getByTestId('course-title')).toHaveValue('');
  await options.screenshot({ path: `${SHOTS}/certificate-scanned.png`, fullPage: true });
  await options.getByTestId('save-course').click();
  await expect(options.getByTestId('course-errors')).toContainText('Title: enter the course title.');

  await drop(options, 'scripted.pdf', await certificate('scripted.pdf'));
  await expect(options.getByTestId('certificate-reading')).toContainText('This PDF holds form fields or scripts; they were not run.');
  await expect(options.getByTestId('course-title')).toHaveValue('Venipuncture for Imaging Staff');

  await drop(options, 'encrypted.pdf', await certificate('encrypted.pdf'));
  await expect(options.getByTestId('certificate-reading')).toContainText('This PDF is protected by a password');
  await drop(options, 'broken.pdf', await certificate('broken.pdf'));
  await expect(options.getByTestId('certificate-reading')).toContainText('This file is not a PDF that can be opened');

  const big = await options.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(50 * 1024 * 1024)], 'huge.pdf', { type: 'application/pdf' }));
    return dt;
  });
  await options.getByTestId('add-course').dispatchEvent('drop', { dataTransfer: big });
  await expect(options.getByTestId('certificate-reading')).toContainText('This file is 50.0 MB; certificates can be at most 20 MB');
  await expect(options.getByTestId('course-row')).toHaveCount(0);
});

test('a CSV of 30 rows with 3 saved already and 2 bad rows imports 25 and reports the other 5 with reasons', async ({ extensionPage }) => {
  const options = await extensionPage('options.html');
  await options.getByText('Import an earlier CE history').click();
  const input = options.getByTestId('import-csv');
  await input.setInputFiles({ name: 'first.csv', mimeType: 'text/csv', buffer: Buffer.from(alreadySaved()) });
  await options.getByTestId('run-import').click();
  await expect(options.getByTestId('import-csv-result')).toHaveText('Imported 3 courses.');

  await input.setInputFiles({ name: 'history.csv', mimeType: 'text/csv', buffer: Buffer.from(history30()) });
  await expect(options.getByTestId('import-summary')).toHaveText('25 to add, 3 duplicates of saved courses or earlier rows, 2 refused.');
  await expect(options.getByTestId('map-title')).toHaveValue('0');
  await expect(options.getByTestId('map-sponsor')).toHaveValue('4');
  const notAdded = options.getByTestId('import-not-added');
  await expect(notAdded).toContainText('Line 12 (refused): Image Formation Basics — Module 11 — Credits: “=1+1” is not a credit amount');
  await expect(notAdded).toContainText('Line 20 (refused)');
  await expect(notAdded.locator('li')).toHaveCount(5);
  await expect(options.getByTestId('course-row')).toHaveCount(3);
  await options.getByTestId('import-preview').screenshot({ path: `${SHOTS}/csv-preview.png` });
  expect(await seriousViolations(options), 'CSV preview').toEqual([]);
  await options.getByTestId('run-import').click();
  await expect(options.getByTestId('import-csv-result')).toHaveText('Imported 25 courses. 5 rows were not imported: 3 duplicate, 2 refused.');
  await expect(options.getByTestId('course-row')).toHaveCount(28);
});
