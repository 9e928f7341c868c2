import { defineConfig, type Entrypoint } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { SPONSOR_MATCHES, TEST_MATCHES } from './lib/sponsor-hosts';

/**
 * Builds in mode `e2e` (tests and the headless demo) also match the local demo sponsor site on
 * 127.0.0.1; store builds (`production`) never do.
 */
const sites = (mode: string) => (mode === 'e2e' ? [...SPONSOR_MATCHES, ...TEST_MATCHES] : [...SPONSOR_MATCHES]);

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // Shared code of a few hundred bytes per module made chunks of 79–800 bytes: the popup fetched
    // 7 scripts, the panel's frame 9, each chip's frame 6. Small side-effect-free chunks merge into
    // one loaded alike (panel 3, chip 2, and the popup is built on its own: see the hook below);
    // benched against the unmerged build in the same run, the panel's frame paints sooner
    // (tests/bench/browser.spec.ts).
    build: { rollupOptions: { output: { experimentalMinChunkSize: 8_000 } } },
  }),
  hooks: {
    // The baselines of the popup benchmark (a blank page; a page with one script): e2e builds only.
    'entrypoints:resolved': (wxt, entrypoints) => {
      for (const e of entrypoints) if ((e.name === 'bench-blank' || e.name === 'bench-script') && wxt.config.mode !== 'e2e') e.skipped = true;
    },
    // The popup is built on its own. In the one build of all pages, the code it shares with the
    // options page and the frames was split into chunks: it fetched 4 scripts and 2 stylesheets, and
    // those fetches, not its data, set when it painted. Built alone it fetches 1 of each and paints
    // 66.8 -> 60.3 ms after it opens (same-run A/B, 30 alternating opens, tests/bench/browser.spec.ts's
    // popup). The shared code is in its bundle twice over: the package grows, nothing loads more.
    'entrypoints:grouped': (_wxt, groups) => {
      const isPopup = (e: Entrypoint) => e.name === 'popup';
      const pages = groups.find((g): g is Entrypoint[] => Array.isArray(g) && g.length > 1 && g.some(isPopup));
      if (pages) groups.push(pages.splice(pages.findIndex(isPopup), 1));
    },
    // The privacy policy is written once (docs/privacy.md) and ships in the package for Options → About.
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: resolve('docs/privacy.md'), relativeDest: 'privacy.txt' });
    },
  },
  manifest: ({ mode }) => ({
    name: 'CE Companion',
    // The description is package.json's (WXT's default): the Chrome Web Store allows 132 characters.
    // alarms + notifications: deadline reminders; storage: storage.session holds each tab's findings for the popup while the
    // worker sleeps; unlimitedStorage keeps certificates (PDFs, photos) from being evicted; activeTab + scripting:
    // "Check this page" on sites we do not support, only when the user asks, and the badge and reader scripts into pages that read as CE.
    permissions: ['alarms', 'notifications', 'storage', 'unlimitedStorage', 'activeTab', 'scripting'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The sponsor sites the detector runs on: the worker injects the badge and reader scripts into those that read as CE.
    host_permissions: sites(mode),
    // The detector is a WXT unlisted script declared here by hand: WXT's content-script wrapper
    // announces every start to the page with our extension ID (entrypoints/detector/index.ts).
    content_scripts: [{ matches: sites(mode), js: ['detector.js'], run_at: 'document_start' }],
    // The course page's panel is this extension page in a frame (entrypoints/badge-frame), on a
    // sponsor site or any page the user asked to check. It loads only at a URL that changes every
    // session (`use_dynamic_url`), so no page can probe for it to learn that CE Companion is installed.
    // A catalog listing's personal chip is another such page (entrypoints/chip-frame), one small frame per
    // listing near the viewport. Their scripts are loaded from that same dynamic origin, so they are listed too.
    web_accessible_resources: [
      { resources: ['badge-frame.html', 'chip-frame.html', 'chunks/*'], matches: ['https://*/*', 'http://*/*'], use_dynamic_url: true },
      // e2e builds only: the benchmark frames this blank page in the test server's pages, the floor
      // for any extension frame's first paint (tests/bench/browser.spec.ts, course page).
      ...(mode === 'e2e' ? [{ resources: ['bench-blank.html'], matches: ['http://127.0.0.1/*'] }] : []),
    ],
    // No `frame-ancestors`: the badge's panel is an extension page framed by sponsor pages. Web pages
    // can frame only what `web_accessible_resources` lists; the popup and options page are not.
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    },
    browser_specific_settings: {
      // Firefox asks add-ons to declare what they collect: nothing, ever (all data stays in the browser).
      gecko: { id: 'ce-companion@example.org', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
    },
  }),
});
