import { defineConfig } from '@playwright/test';

/** Browser benchmarks (`npm run bench` runs them after the vitest benches); not part of `npm test`. */
export default defineConfig({
  testDir: 'tests/bench',
  testMatch: '**/*.spec.ts',
  workers: 1,
  timeout: 300_000,
  reporter: [['list']],
  outputDir: '.bench/playwright',
});
