// Runs the unit tests of the rules, the store and the worker at several clock dates: a test that
// depends on today's date fails on one of them (issue #13, item 17). Each date is a calendar edge.
import { spawnSync } from 'node:child_process';

const DATES = [
  ['2028-02-29', 'a leap day'],
  ['2026-12-31', "New Year's Eve"],
  ['2027-01-01', "New Year's Day"],
  ['2026-11-30', "a CQR window's and a biennium's last day"],
];

let failed = 0;
for (const [date, what] of DATES) {
  console.log(`\n— unit tests with the clock at ${date} (${what})`);
  const run = spawnSync('npx', ['vitest', 'run', 'tests/unit/rules', 'tests/unit/store', 'tests/unit/background', 'tests/unit/units'], {
    stdio: 'inherit',
    env: { ...process.env, TEST_CLOCK: date },
  });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
