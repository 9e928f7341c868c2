// `npm run bench`: every benchmark in one go — vitest benches (rules, backup, extraction in jsdom)
// and the browser figures (tests/bench/browser.spec.ts, the built extension in Chromium) — then
// BENCHMARKS.md with the machine, each figure's median/min/max, its target and its baseline.
import { execFileSync, execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
mkdirSync('.bench', { recursive: true });
// How busy the machine was: on a shared machine the same code measures differently from run to run.
const loadBefore = loadavg()[0];
run('npx', ['vitest', 'bench', '--run', '--no-file-parallelism', '--outputJson', '.bench/vitest.json']);
run('npx', ['wxt', 'build', '--mode', 'e2e']);
run('npx', ['playwright', 'test', '-c', 'playwright.bench.config.ts']);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const TARGETS = {
  'evaluate 10000 courses': '< 5 ms',
  'export + import 10,000 courses': '< 1 s',
  'planCourses 300 × 12': '< 50 ms',
};

const rows = [];
const vitest = JSON.parse(readFileSync('.bench/vitest.json', 'utf8'));
for (const file of vitest.files)
  for (const group of file.groups)
    for (const b of group.benchmarks)
      rows.push(`| ${b.name} | ${fmt(b.median)} ms | ${fmt(b.min)} – ${fmt(b.max)} ms | ${b.sampleCount} | ${TARGETS[b.name] ?? ''} | |`);

const browser = JSON.parse(readFileSync('.bench/browser.json', 'utf8'));
const browserRows = browser.figures.map((f) => {
  const m = median(f.runs);
  const base = f.baseline ? median(f.baseline.runs) : null;
  const ratio = base ? ` (${(m / base).toFixed(2)}× ${f.baseline.name}: ${fmt(base)} ${f.unit})` : '';
  return `| ${f.name} | ${fmt(m)} ${f.unit}${ratio} | ${fmt(Math.min(...f.runs))} – ${fmt(Math.max(...f.runs))} ${f.unit} | ${f.runs.length} | ${f.target ?? ''} |`;
});

const chromium = execSync(`${browser.chromium} --version`).toString().trim();
const cpu = cpus();
writeFileSync(
  'BENCHMARKS.md',
  `# Benchmarks

Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. Rerun it to refresh this file.

Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${chromium}, ${process.platform}.
Load average (1 min) when the run started: ${loadBefore.toFixed(2)}; when it ended: ${loadavg()[0].toFixed(2)} (${cpu.length} CPUs).
Figures are medians of several runs with min and max. Browser figures run the built extension
(\`.output/chrome-mv3-e2e\`) in headless Chromium; each is set against a baseline measured in the same run.

## Domain logic (vitest bench, Node)

| benchmark | median | min – max | samples | target | |
|---|---|---|---|---|---|
${rows.join('\n')}

"evaluate N courses": every gap of 5 credentials (biennium, CQR prescriptions) over N completed courses.
"extract … in jsdom" is for relative comparison only: jsdom's DOM is many times slower than a browser's.

## In the browser (Playwright, Chromium)

| figure | median | min – max | runs | target |
|---|---|---|---|---|
${browserRows.join('\n')}

How: the detector and the badge script set performance marks (e2e builds only) that the benchmark
reads from the page; the popup marks when its data is painted; heaps come from the DevTools protocol
(\`Runtime.getHeapUsage\` after a forced GC; the worker through its own target).

Script time is what runs on the page's main thread: the detector from its first look to its last
course, and the badge script from receiving the worker's answer to the last chip in the page. The
end-to-end figure adds the round trip to the worker (messages, validation, the check) in between,
during which the page is not blocked. The "empty content script" baseline is a browser with a
one-line extension whose content script does nothing on the same page: Chrome's own cost of
injecting any content script, which the "no extension" baseline includes in the gap.
`,
);
console.log('wrote BENCHMARKS.md');
