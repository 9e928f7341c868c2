import { SPONSORS } from './extract/sponsors';

/**
 * Sponsor sites the content script runs on without being asked (issue #4), derived from the
 * sponsor modules (lib/extract/sponsors/). Every other site is checked only when the user clicks
 * "Check this page" or grants that site.
 */
export const SPONSOR_MATCHES: readonly string[] = SPONSORS.filter((s) => !s.optional).flatMap((s) => s.hosts);

/**
 * Sponsors the detector runs on only once the user grants them from the popup ("Always check
 * <site>"): added after the extension shipped, they would otherwise ask every user's permission
 * again at update time (issue #14). The manifest's optional host permissions cover them.
 */
export const OPTIONAL_SPONSOR_MATCHES: readonly string[] = SPONSORS.filter((s) => s.optional).flatMap((s) => s.hosts);

/** The local demo sponsor site served by tests and `npm start` (mode `e2e` builds only). */
export const TEST_MATCHES = ['http://127.0.0.1/*'] as const;

/** The id of the detector registered at run time on the optional sponsor sites the user granted. */
export const OPTIONAL_SCRIPT_ID = 'optional-sponsors';
