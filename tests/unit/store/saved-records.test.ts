import { describe, expect, it } from 'vitest';
import { courseFingerprint, savedRecordsOf } from '../../../lib/store/fingerprint';

const page = { title: 'CT Dose Basics', sponsor: 'Northwind', approvalNumber: 'NW-1234', url: 'https://ce.example/course/ct-dose#reviews' };

describe("a page's course among the saved ones", () => {
  const saved = [
    { id: 'a', fingerprint: courseFingerprint(page), url: null, title: 'CT Dose Basics (saved from a certificate)' },
    { id: 'b', fingerprint: 'title:other|mri safety', url: 'https://ce.example/course/mri', title: 'MRI Safety' },
    // Saved from the course page, which states the approval number; the catalog's listing leaves it out.
    { id: 'c', fingerprint: 'approval:nw1234', url: 'https://ce.example/course/ct-dose', title: 'CT dose basics' },
    { id: 'd', fingerprint: courseFingerprint(page), url: 'https://ce.example/elsewhere', title: 'x' },
  ];
  const recordsOf = savedRecordsOf(saved);

  it('by the same fingerprint, or the same address (without its #part) and title, in the order saved', () => {
    expect(recordsOf(page).map((r) => r.id)).toEqual(['a', 'c', 'd']);
    const listing = { ...page, approvalNumber: null };
    expect(recordsOf(listing).map((r) => r.id)).toEqual(['c']);
  });

  it('not by the address alone, nor by the title alone', () => {
    expect(recordsOf({ ...page, approvalNumber: null, title: 'Another course' })).toEqual([]);
    expect(recordsOf({ ...page, approvalNumber: null, url: 'https://ce.example/course/other' })).toEqual([]);
  });
});
