import { withoutHash } from '../page-address';

/**
 * The identity of a CE activity across saves, tabs and sites: two tabs saving the same course
 * meet on it. ARRT identifies an activity by its approval (reference) number when there is one;
 * otherwise the sponsor and title, whatever their spacing, case or registered marks.
 */
const norm = (s: string | null) => (s ?? '').toLowerCase().replace(/[®™©]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();

export function courseFingerprint(c: { title: string; sponsor: string | null; approvalNumber: string | null }): string {
  if (c.approvalNumber && norm(c.approvalNumber)) return `approval:${norm(c.approvalNumber).replace(/ /g, '')}`;
  return `title:${norm(c.sponsor)}|${norm(c.title)}`.slice(0, 400);
}

interface SavedRecord {
  fingerprint: string;
  url: string | null;
  title: string;
}

/** A page's course as far as finding its saved records goes. */
interface FoundCourse {
  title: string;
  sponsor: string | null;
  approvalNumber: string | null;
  url: string;
}

const addressKey = (url: string, title: string) => `${withoutHash(url)}\u0000${norm(title)}`;

/**
 * The saved records of the course a page shows: the same fingerprint, or the same address and
 * title (a catalog's listing links to the course page the user saved it from, but often leaves
 * out the approval number, and so the fingerprint, that page states). Indexed once for all of a
 * page's courses: a catalog of 500 listings against 1,000 saved courses was half a million pair
 * tests per check.
 */
export function savedRecordsOf<T extends SavedRecord>(saved: readonly T[]): (found: FoundCourse) => T[] {
  const byFingerprint = new Map<string, number[]>();
  const byAddress = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, at: number) => {
    const list = map.get(key);
    if (list) list.push(at);
    else map.set(key, [at]);
  };
  saved.forEach((record, at) => {
    add(byFingerprint, record.fingerprint, at);
    if (record.url !== null) add(byAddress, addressKey(record.url, record.title), at);
  });
  return (found) => {
    const at = new Set([...(byFingerprint.get(courseFingerprint(found)) ?? []), ...(byAddress.get(addressKey(found.url, found.title)) ?? [])]);
    // In the order they were saved in, as a filter over them would give.
    return [...at].sort((a, b) => a - b).map((i) => saved[i]!);
  };
}
