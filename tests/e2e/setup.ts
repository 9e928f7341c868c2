import { expect, type Page } from '@playwright/test';
import { isoFromToday } from './today';

/** The prescription most tests use: three CT subcategories (arrt-rules.md's CT example). */
export const CT_PRESCRIPTION = { 'Radiation Safety and Dose': '2', 'Image Formation': '1', 'Abdomen and Pelvis': '1.5' };

/**
 * Sets a profile up through the options page as a technologist would: birth month, a CT
 * credential earned after 2011 (so CQR applies), and a prescription.
 */
export async function setUpCt(options: Page, prescription: Record<string, string> = CT_PRESCRIPTION): Promise<void> {
  await addCtCredential(options);
  await options.getByText('Enter the CQR prescription').click();
  for (const [sub, credits] of Object.entries(prescription)) await options.locator(`[data-testid="prescription-credits"][data-subcategory="${sub}"]`).fill(credits);
  await options.getByTestId('save-prescription').click();
  await expect(options.getByText(/^Prescription:/)).toBeVisible();
}

/** Birth month March and a CT credential earned seven and a half years ago (its CQR window is open). */
export async function addCtCredential(options: Page): Promise<void> {
  await options.getByTestId('birth-month').selectOption('3');
  await options.getByTestId('save-profile').click();
  await options.getByTestId('add-credential').click();
  await options.getByTestId('credential-discipline').selectOption('CT');
  await options.getByTestId('credential-earned').fill(isoFromToday({ years: -7, months: -6 }));
  await options.getByTestId('save-credential').click();
  await expect(options.locator('[data-testid="credential-item"][data-discipline="CT"]')).toBeVisible();
}
