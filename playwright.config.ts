import { defineConfig } from '@playwright/test';

/**
 * Browser tests run the built extensions (`npm run build:e2e`): tests/e2e in Chromium (Playwright),
 * tests/firefox in Firefox ESR (puppeteer-core over WebDriver BiDi), one fresh profile per test.
 * One worker: the machine has two cores and each test runs a whole browser.
 */
export default defineConfig({
  testMatch: '**/*.spec.ts',
  projects: [
    { name: 'chromium', testDir: 'tests/e2e' },
    { name: 'firefox', testDir: 'tests/firefox' },
  ],
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: 'test-results/artifacts',
});
