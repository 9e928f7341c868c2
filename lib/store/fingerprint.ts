/**
 * The identity of a CE activity across saves, tabs and sites: two tabs saving the same course
 * meet on it. ARRT identifies an activity by its approval (reference) number when there is one;
 * otherwise the sponsor and title, whatever their spacing, case or registered marks.
 */
export function courseFingerprint(c: { title: string; sponsor: string | null; approvalNumber: string | null }): string {
  const norm = (s: string | null) => (s ?? '').toLowerCase().replace(/[®™©]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
  if (c.approvalNumber && norm(c.approvalNumber)) return `approval:${norm(c.approvalNumber).replace(/ /g, '')}`;
  return `title:${norm(c.sponsor)}|${norm(c.title)}`.slice(0, 400);
}
