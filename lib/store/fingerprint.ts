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


/**
 * Whether a saved record is the course a page shows. The same fingerprint, or the same address and
 * title: a catalog's listing links to the course page the user saved it from, but often leaves out
 * the approval number (and so the fingerprint) that page states.
 */
export function isSavedCourse(saved: { fingerprint: string; url: string | null; title: string }, found: { title: string; sponsor: string | null; approvalNumber: string | null; url: string }): boolean {
  if (saved.fingerprint === courseFingerprint(found)) return true;
  return saved.url !== null && withoutHash(saved.url) === withoutHash(found.url) && norm(saved.title) === norm(found.title);
}
