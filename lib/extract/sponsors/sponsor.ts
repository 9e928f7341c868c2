import type { CourseBlock } from '../blocks';
import type { ExtractedCourse } from '../schema';

/**
 * One CE sponsor, Zotero-translator style: its sites, how to know its pages, and what it fixes
 * in the generic result. Adding a sponsor is one file (this shape, plus its `examples`) and a
 * line in ./index.ts; the content script's host list is derived from these (lib/sponsor-hosts.ts).
 */
export interface Sponsor {
  /** The sponsor's name, as the popup's "Always check <site>" shows it. */
  name: string;
  /** Match patterns of its sites (https only unless a site still serves http). */
  hosts: readonly string[];
  /**
   * Checked by default (in the manifest's host permissions), or only once the user grants it
   * from the popup: a new default host would ask every user's permission again at update time.
   */
  optional: boolean;
  /** Whether a page is this sponsor's; without it, any page on its hosts is. */
  detect?(url: URL, doc: Document): boolean;
  /** Fixes the generic readers' result where this sponsor's pages need it. */
  patch?(blocks: CourseBlock[], doc: Document): CourseBlock[];
}

/**
 * A page of the kind the sponsor publishes (a fixture under tests/fixtures/pages/, written on the
 * platform template it cites, served at one of the sponsor's URLs) and the courses it must give,
 * each by the fields that matter. The repo holds no copy of a sponsor's own pages (their text is
 * theirs): a capture of one, rewritten in our words, belongs here when a sponsor's pages need a
 * patch. Run by tests/unit/extract/sponsors.test.ts; never imported by the content script.
 */
export interface Example {
  page: string;
  url: string;
  courses: Array<Partial<ExtractedCourse>>;
}

/** Whether a URL is on one of the hosts of a match pattern list ("https://*.asrt.org/*"). */
export function onHosts(hosts: readonly string[], url: URL): boolean {
  return hosts.some((pattern) => {
    const m = /^(\*|https?):\/\/(\*\.)?([^/]+)(\/.*)$/.exec(pattern);
    if (!m) return false;
    const [, scheme, any, host, path] = m;
    if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
    const onHost = url.hostname === host || (any !== undefined && url.hostname.endsWith(`.${host}`));
    return onHost && new RegExp(`^${path!.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(url.pathname);
  });
}

/** The sponsor whose page this is, if any. */
export function sponsorOf(sponsors: readonly Sponsor[], url: URL, doc: Document): Sponsor | null {
  return sponsors.find((s) => (s.detect ? s.detect(url, doc) : onHosts(s.hosts, url))) ?? null;
}
