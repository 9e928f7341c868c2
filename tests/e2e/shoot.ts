import { mkdir } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';

/** Issue #16's screenshots (light and dark) land here for a person to look at. */
const SHOTS = 'test-results/screenshots/everyday';

/** `page` (or just `target`) in light and in dark mode, as `<name>-light.png` and `<name>-dark.png`. */
export async function shoot(page: Page, name: string, target?: Locator): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await (target ?? page).screenshot({ path: `${SHOTS}/${name}-${scheme}.png`, ...(target ? {} : { fullPage: true }) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
