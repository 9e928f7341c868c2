import { describe, expect, it } from 'vitest';
import { completePlanned, differences, plannedCourseFor } from '../../../lib/import/match';
import { Course } from '../../../lib/rules';
import type { NewCourse } from '../../../lib/store';

const saved = (over: Partial<Course>) => Course.parse({ id: 'p1', fingerprint: 'approval:nwe24010077', title: 'Pediatric CT Dose Optimization', sponsor: 'northwind.example', status: 'planned', credits: 150, approvalNumber: 'NWE24010077', url: 'https://northwind.example/c', updatedAt: 1, ...over });
const fromCertificate: NewCourse = { title: 'Pediatric CT Dose Optimization', sponsor: 'Northwind Imaging Education', status: 'completed', credits: 150, completedOn: '2026-03-14', category: 'A', approvalNumber: 'NWE24010077', format: 'home-study', distribution: [], distributionBasis: 'none' };

describe('a certificate and the planned course it belongs to', () => {
  it('finds the planned course by fingerprint, approval number or title, never a completed one', () => {
    expect(plannedCourseFor(fromCertificate, [saved({})])?.id).toBe('p1');
    expect(plannedCourseFor({ ...fromCertificate, approvalNumber: null }, [saved({})])?.id).toBe('p1');
    expect(plannedCourseFor(fromCertificate, [saved({ status: 'completed', completedOn: '2025-01-01' })])).toBeNull();
    expect(plannedCourseFor({ ...fromCertificate, title: 'Another course', approvalNumber: null }, [saved({})])).toBeNull();
  });

  it('shows what differs (credits, title) instead of merging it silently', () => {
    expect(differences(saved({}), fromCertificate)).toEqual([]);
    expect(differences(saved({ credits: 200, title: 'Pediatric CT Dose' }), fromCertificate)).toEqual([
      { field: 'Title', saved: 'Pediatric CT Dose', certificate: 'Pediatric CT Dose Optimization' },
      { field: 'Credits', saved: '2', certificate: '1.5' },
    ]);
  });

  it('completes the planned record on the certificate’s date, keeping its id, page and stated distribution', () => {
    const planned = saved({ distribution: [{ discipline: 'CT', category: 'Safety', subcategory: 'Radiation Safety and Dose', credits: 100 }], distributionBasis: 'stated' });
    const done = completePlanned(planned, fromCertificate);
    expect(done).toMatchObject({ id: 'p1', fingerprint: planned.fingerprint, status: 'completed', completedOn: '2026-03-14', url: planned.url, distributionBasis: 'stated', sponsor: 'Northwind Imaging Education' });
    expect(done.distribution).toEqual(planned.distribution);
  });
});
