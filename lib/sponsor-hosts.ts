/**
 * Sponsor sites the content script runs on without being asked (issue #4). Each is a CE
 * publisher named in ../shared/reference/sponsor-pages.md. Every other site is checked only
 * when the user clicks "Check this page" or grants that site.
 */
export const SPONSOR_MATCHES = [
  'https://*.asrt.org/*',
  'https://*.x-raylady.com/*',
  'https://*.scrubsce.com/*',
  'https://*.ce4rt.com/*',
  'https://*.gagece.com/*',
  'https://*.xrayce.com/*',
  'https://*.ceessentials.net/*',
  'https://*.aheconline.com/*',
  'https://*.mtmi.net/*',
] as const;

/** The local demo sponsor site served by tests and `npm start` (mode `e2e` builds only). */
export const TEST_MATCHES = ['http://127.0.0.1/*'] as const;
