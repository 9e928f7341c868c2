import { defineConfig } from '@playwright/test';

/** `npm start`: the demo walkthrough (tests/demo), not part of the test suite. */
export default defineConfig({
  testDir: 'tests/demo',
  workers: 1,
  reporter: [['list']],
  outputDir: 'demo-output/.playwright',
});
