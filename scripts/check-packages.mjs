// `npm run zip` ends here: the two store packages must pass their stores' checks before anyone uploads
// them. Firefox: `web-ext lint` on the packaged build, 0 errors and 0 warnings from our code. Chrome:
// the Chrome Web Store's published manifest limits and its rule against remote code.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const problems = [];
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

// --- Firefox -------------------------------------------------------------------------------------
const FIREFOX = '.output/firefox-mv2';
let lint;
try {
  lint = execFileSync('npx', ['web-ext', 'lint', '--source-dir', FIREFOX, '--no-input', '--output', 'json'], { encoding: 'utf8' });
} catch (e) {
  lint = e.stdout; // web-ext exits non-zero on errors; its report is still on stdout
}
const report = JSON.parse(lint);
/**
 * Preact's renderer assigns innerHTML for `dangerouslySetInnerHTML`, a prop our code never passes
 * (eslint.config.js forbids it): AMO's linter flags the library's line in every bundle that has Preact.
 */
const fromPreact = (w) => {
  if (w.code !== 'UNSAFE_VAR_ASSIGNMENT') return false;
  const line = readFileSync(join(FIREFOX, w.file), 'utf8').split('\n')[(w.line ?? 1) - 1] ?? '';
  return /dangerouslySetInnerHTML/.test(line.slice(Math.max(0, (w.column ?? 0) - 400), (w.column ?? 0) + 50));
};
/**
 * pdf.js (pdfjs-dist, the options page's certificate reader, loaded only there) starts its worker
 * with `import()` of a URL variable: the worker file bundled in the package (no network), which
 * AMO's linter cannot see through. Only pdf.js's own chunk and worker file are excused.
 */
const fromPdfJs = (w) => /^(?:chunks\/pdf-[\w-]+\.js|assets\/pdf\.worker\.min-[\w-]+\.mjs)$/.test(w.file ?? '') && /Unsafe call to import/.test(w.message);
const preact = report.warnings.filter(fromPreact).length;
const pdfjs = report.warnings.filter(fromPdfJs).length;
const ours = report.warnings.filter((w) => !fromPreact(w) && !fromPdfJs(w));
console.log(
  `web-ext lint (${FIREFOX}): ${report.errors.length} errors, ${report.warnings.length} warnings (${preact} in Preact's dangerouslySetInnerHTML support, ${pdfjs} in pdf.js's worker loading, ${ours.length} from our code), ${report.notices.length} notices`,
);
for (const m of [...report.errors, ...ours]) problems.push(`firefox: ${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}`);

// --- Chrome --------------------------------------------------------------------------------------
const CHROME = '.output/chrome-mv3';
const manifest = JSON.parse(readFileSync(join(CHROME, 'manifest.json'), 'utf8'));
const zip = `.output/${pkg.name}-${manifest.version}-chrome.zip`;
if (!existsSync(zip)) problems.push(`chrome: ${zip} is missing`);
else if (!execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).split('\n').includes('manifest.json')) problems.push(`chrome: ${zip} has no manifest.json at its root`);

// https://developer.chrome.com/docs/extensions/reference/manifest (name ≤ 75, short_name ≤ 12, description ≤ 132)
if (manifest.manifest_version !== 3) problems.push('chrome: manifest_version must be 3');
if (!manifest.name || manifest.name.length > 75) problems.push('chrome: name must be 1–75 characters');
if (manifest.short_name && manifest.short_name.length > 12) problems.push('chrome: short_name must be ≤ 12 characters');
if (!manifest.description || manifest.description.length > 132) problems.push(`chrome: description must be 1–132 characters (it is ${manifest.description?.length ?? 0})`);
if (!/^\d+(\.\d+){0,3}$/.test(manifest.version)) problems.push('chrome: version must be 1–4 dot-separated integers');

// The store wants a 128×128 icon; 16, 32 and 48 are what Chrome shows in its toolbar and pages.
for (const size of [16, 32, 48, 128]) {
  const file = manifest.icons?.[size];
  if (!file || !existsSync(join(CHROME, file))) {
    problems.push(`chrome: no ${size}×${size} icon`);
    continue;
  }
  const png = readFileSync(join(CHROME, file));
  // PNG: 8-byte signature, then the IHDR chunk whose data starts with width and height.
  const [w, h] = png.toString('latin1', 1, 4) === 'PNG' ? [png.readUInt32BE(16), png.readUInt32BE(20)] : [0, 0];
  if (w !== size || h !== size) problems.push(`chrome: icon ${file} is ${w}×${h}, not a ${size}×${size} PNG`);
}

// No remote code: every script is a file in the package, and nothing loads one from elsewhere.
const REMOTE = /https?:\/\//;
const csp = manifest.content_security_policy?.extension_pages ?? '';
if (REMOTE.test(csp) || /unsafe-eval|unsafe-inline/.test(csp)) problems.push(`chrome: the extension pages' CSP allows code from elsewhere: ${csp}`);
const files = readdirSync(CHROME, { recursive: true, encoding: 'utf8' });
for (const file of files.filter((f) => f.endsWith('.html'))) {
  for (const [, src] of readFileSync(join(CHROME, file), 'utf8').matchAll(/<script[^>]*\ssrc="([^"]*)"/g)) if (REMOTE.test(src)) problems.push(`chrome: ${file} loads ${src}`);
}
for (const file of files.filter((f) => f.endsWith('.js'))) {
  const code = readFileSync(join(CHROME, file), 'utf8');
  const remote = code.match(/(?:importScripts|import)\(\s*["'`]https?:|\.src\s*=\s*["'`]https?:/);
  if (remote) problems.push(`chrome: ${file} loads code from elsewhere: ${remote[0]}`);
}
console.log(`Chrome Web Store checks (${CHROME}, ${zip}): description ${manifest.description.length}/132 characters, icons 16/32/48/128, no remote code`);

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('Both store packages pass.');
