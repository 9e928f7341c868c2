// `node scripts/with-browsers.mjs chromium [firefox] -- <command…>`: finds the browsers the command
// needs, installs Debian's packages when none is found and this user may (root or passwordless sudo),
// then runs the command with CHROMIUM_PATH / FIREFOX_PATH set. `npm start` and `npm test` go through
// it so a fresh machine needs nothing but the README's two commands; where nothing can be installed
// it stops with one line saying exactly what to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Chrome for Testing / Playwright's own Chromium, wherever Playwright put it (newest first). */
function playwrightChromiums() {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
  let dirs = [];
  try {
    dirs = readdirSync(cache).filter((d) => /^chromium-\d+$/.test(d)).sort((a, b) => Number(b.slice(9)) - Number(a.slice(9)));
  } catch {
    return [];
  }
  return dirs.flatMap((d) => ['chrome-linux64/chrome', 'chrome-linux/chrome'].map((p) => join(cache, d, p)));
}

const BROWSERS = {
  chromium: {
    label: 'Chromium',
    env: 'CHROMIUM_PATH',
    // An explicit path wins; then Debian's package, Google Chrome, Playwright's cache.
    candidates: () => [
      process.env.CHROME_PATH,
      process.env.CHROMIUM_PATH,
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/opt/google/chrome/chrome',
      ...playwrightChromiums(),
    ],
    debian: 'chromium',
  },
  firefox: {
    label: 'Firefox ESR',
    env: 'FIREFOX_PATH',
    // Firefox tests install the unpacked build over WebDriver BiDi: Firefox 128 or newer (ESR is).
    candidates: () => [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
    debian: 'firefox-esr',
  },
};

const executable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const find = (name) => BROWSERS[name].candidates().find((p) => p && executable(p));
const succeeds = (cmd, args) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;

/** `[]` as root, `['sudo']` with passwordless sudo, null when this user cannot install packages. */
function installer() {
  if (!succeeds('sh', ['-c', 'command -v apt-get'])) return null;
  if (process.getuid?.() === 0) return [];
  return succeeds('sudo', ['-n', 'true']) ? ['sudo'] : null;
}

const sep = process.argv.indexOf('--');
const wanted = process.argv.slice(2, sep < 0 ? undefined : sep);
const command = sep < 0 ? [] : process.argv.slice(sep + 1);
const unknown = wanted.filter((n) => !(n in BROWSERS));
if (!wanted.length || unknown.length || !command.length) {
  console.error('usage: node scripts/with-browsers.mjs chromium [firefox] -- <command…>');
  process.exit(2);
}

let missing = wanted.filter((n) => !find(n));
if (missing.length) {
  const packages = [...missing.map((n) => BROWSERS[n].debian), 'fonts-dejavu-core'];
  const prefix = installer();
  if (!prefix) {
    const apt = `apt-get update && apt-get install -y --no-install-recommends ${packages.join(' ')}`;
    // Whoever can install: root, else through sudo (with a password) where there is sudo, else su.
    const run = process.getuid?.() === 0 ? apt : succeeds('sh', ['-c', 'command -v sudo']) ? `sudo sh -c '${apt}'` : `su -c '${apt}'`;
    const names = missing.map((n) => BROWSERS[n].label).join(' and ');
    console.error(
      `CE Companion needs ${names}, which this user cannot install: run \`${run}\` (or set ${missing.map((n) => BROWSERS[n].env).join(' / ')} to a browser you have), then this command again.`,
    );
    process.exit(1);
  }
  console.log(`Installing ${packages.join(' ')} (Debian packages) …`);
  // `env` inside sudo: sudo does not pass the caller's environment on.
  const apt = (...args) => {
    const [cmd, ...rest] = [...prefix, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args];
    execFileSync(cmd, rest, { stdio: 'inherit' });
  };
  apt('update');
  apt('install', '-y', '--no-install-recommends', ...packages);
  missing = wanted.filter((n) => !find(n));
  if (missing.length) {
    console.error(`Installed ${packages.join(' ')} but still found no ${missing.join(' or ')}: set ${missing.map((n) => BROWSERS[n].env).join(' / ')} to its path.`);
    process.exit(1);
  }
}

const env = { ...process.env };
for (const name of wanted) env[BROWSERS[name].env] = find(name);
const result = spawnSync(command[0], command.slice(1), { stdio: 'inherit', env });
process.exit(result.status ?? 1);
