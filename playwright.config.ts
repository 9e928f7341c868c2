import { defineConfig } from '@playwright/test';

/**
 * Browser tests run the built extension (`npm run build:e2e`) in Debian's Chromium, one fresh
 * profile per test. One worker: the machine has two cores and each test runs a whole browser.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: 'test-results/artifacts',
});
