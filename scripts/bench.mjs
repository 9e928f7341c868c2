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
const started = new Date().toISOString().slice(0, 16).replace('T', ' ');
run('npx', ['vitest', 'bench', '--run', '--no-file-parallelism', '--outputJson', '.bench/vitest.json']);
run('npx', ['wxt', 'build', '--mode', 'e2e']);
run('npx', ['playwright', 'test', '-c', 'playwright.bench.config.ts']);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
/** A target's text and whether it was met: a limit on the median, or on the median over the baseline's. */
function judge(target, value, unit) {
  if (!target) return { text: '', met: null };
  const text = target.of === 'ratio' ? `≤ ${target.limit}× baseline` : `≤ ${target.limit} ${unit}`;
  return { text, met: value <= target.limit };
}
const mark = (met) => (met === null || met === undefined ? '' : met ? '✔' : '✘');

/**
 * The run before this one on this machine (if any), so one file shows whether a target held in two
 * consecutive runs: its median and verdict sit beside this run's.
 */
const PREVIOUS = '.bench/previous-run.json';
let previous = null;
try {
  previous = JSON.parse(readFileSync(PREVIOUS, 'utf8'));
} catch {
  // The first run on this machine: nothing to compare with.
}
const results = {};
/** One table row: this run's figures, then the previous run's median and verdict for the same figure. */
function row(name, median, range, count, verdict) {
  results[name] = { median, met: verdict.met };
  const before = previous?.results[name];
  return `| ${name} | ${median} | ${range} | ${count} | ${verdict.text} | ${mark(verdict.met)} | ${before ? `${before.median} ${mark(before.met)}` : ''} |`;
}
const VITEST_TARGETS = {
  'export + import 10,000 courses': { limit: 1000, of: 'median' },
  'planCourses 300 × 12': { limit: 50, of: 'median' },
};

const rows = [];
const vitest = JSON.parse(readFileSync('.bench/vitest.json', 'utf8'));
const medians = {};
for (const file of vitest.files)
  for (const group of file.groups)
    for (const b of group.benchmarks) {
      medians[b.name] = b.median;
      rows.push(row(b.name, `${fmt(b.median)} ms`, `${fmt(b.min)} – ${fmt(b.max)} ms`, b.sampleCount, judge(VITEST_TARGETS[b.name], b.median, 'ms')));
    }
// Gap computation must grow no faster than linearly: 100× the courses may cost at most 120× the time.
const growth = medians['evaluate 10000 courses'] / medians['evaluate 100 courses'];
rows.push(row('evaluate 10,000 courses against evaluate 100 courses (growth)', `${growth.toFixed(0)}×`, '', '', judge({ limit: 120, of: 'ratio' }, growth, '')));

const browser = JSON.parse(readFileSync('.bench/browser.json', 'utf8'));
const browserRows = browser.figures.map((f) => {
  const m = median(f.runs);
  const base = f.baseline ? median(f.baseline.runs) : null;
  const ratio = base ? ` (${(m / base).toFixed(2)}× ${f.baseline.name}: ${fmt(base)} ${f.unit})` : '';
  const judged = f.target?.of === 'ratio' ? m / base : m;
  return row(f.name, `${fmt(m)} ${f.unit}${ratio}`, `${fmt(Math.min(...f.runs))} – ${fmt(Math.max(...f.runs))} ${f.unit}`, f.runs.length, judge(f.target, judged, f.unit));
});

const loadAfter = loadavg()[0];
const previousLine = previous
  ? `"previous run": the run before this one on this machine (${previous.started} UTC, load average ${previous.loadBefore.toFixed(2)} → ${previous.loadAfter.toFixed(2)}).`
  : '"previous run" is empty: no earlier run on this machine (its figures are kept in .bench/ for the next run).';
const chromium = execSync(`${browser.chromium} --version`).toString().trim();
const cpu = cpus();
writeFileSync(
  'BENCHMARKS.md',
  `# Benchmarks

Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. Rerun it to refresh this file.

Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${chromium}, ${process.platform}.
Load average (1 min) when the run started: ${loadBefore.toFixed(2)}; when it ended: ${loadAfter.toFixed(2)} (${cpu.length} CPUs).
${previousLine}
Figures are medians of several runs with min and max. Browser figures run the built extension
(\`.output/chrome-mv3-e2e\`) in headless Chromium; each is set against a baseline measured in the same run.

## Domain logic (vitest bench, Node)

| benchmark | median | min – max | samples | target | met | previous run |
|---|---|---|---|---|---|---|
${rows.join('\n')}

"evaluate N courses": every gap of 5 credentials (biennium, CQR prescriptions) over N completed courses.
"extract … in jsdom" is for relative comparison only: jsdom's DOM is many times slower than a browser's.

## In the browser (Playwright, Chromium)

| figure | median | min – max | runs | target | met | previous run |
|---|---|---|---|---|---|---|
${browserRows.join('\n')}

How: the detector and the badge script set performance marks (e2e builds only) that the benchmark
reads from the page; the popup marks when its data is painted; heaps come from the DevTools protocol
(\`Runtime.getHeapUsage\` after a forced GC; the worker through its own target). A probe in the
page's own world records long tasks (the Long Tasks API: any task over 50 ms) and when our badge
hosts are painted (the frame after their insertion); "longest task" is the longest that ended after
DOMContentLoaded, when the detector starts looking, with the same page in a browser without the extension
beside it.

Script times are wall times on the page's main thread, the page's own tasks in between included:
the detector from its first look to its last course (the injection of the badge and reader scripts
included; on a catalog it also waits for the frame that paints the first chips), and the badge script from receiving the courses to its first slice of chips
("chips mounting started": a catalog's first 8 listings, found among its first lines and handed over
while the rest is read). The page-stated chips need no check by the worker: the badge and reader
scripts are injected once the first look finds the page about CE, the reading starts as soon as the
reader runs, and only the personal chips' frames wait for the worker's check.
The "empty content script" baseline is a browser with a one-line extension whose content script
does nothing on the same page: Chrome's own cost of injecting any content script, which the "no
extension" baseline includes in the gap. Chromium holds a page's load event for the scripts it
injects at \`document_idle\` (the default): the detector starts at \`document_start\` instead and
looks once the page is parsed, and an empty script started the same way is the control for what
our script itself costs. A second browser with the same empty content script,
loaded in turn with the first, shows how far two identical set-ups differ in one run: one draw
of the noise in a load-time ratio, so a ratio within that distance of its target is within the
noise. Two more one-line extensions are floors: one whose
content script inserts a chip-sized host in the first listing the moment it starts looking, as ours does (the soonest any
content script's chip is painted, the page's own rendering at that moment included), and one that
reads the same text sample as the detector's first check (isLikelyCePage) and searches nothing
(what reading the page's text costs any detector).
`,
);
writeFileSync(PREVIOUS, JSON.stringify({ started, loadBefore, loadAfter, results }));
console.log('wrote BENCHMARKS.md');
