import { describe, expect, it } from 'vitest';
import { coverage, prepareCoverage } from '../../../lib/rules';
import { CT_SEVEN, ctSafety, input } from './make';

const TODAY = '2026-11-25';
const base = input({ credentials: [{ discipline: 'CT', earnedOn: '2017-08-01' }], prescriptions: [{ items: CT_SEVEN, issuedOn: '2025-01-10' }] });
const candidate = {
  fingerprint: 'new-course',
  credits: 150,
  category: 'A' as const,
  distributionBasis: 'stated' as const,
  distribution: [
    { discipline: 'CT' as const, category: 'Safety', subcategory: 'Radiation Safety and Dose', credits: 100 },
    { discipline: 'CT' as const, category: 'Image Production', subcategory: 'Image Formation', credits: 50 },
    { discipline: 'MR' as const, category: 'Safety', subcategory: 'MR Screening and Safety', credits: 50 },
  ],
};

describe('what a course would cover', () => {
  it('per prescription subcategory and for the biennium', () => {
    const c = coverage(base, TODAY, candidate);
    expect(c.credentials[0]!.prescription).toEqual([
      { category: 'Safety', subcategory: 'Radiation Safety and Dose', adds: 100, remainingBefore: 200, remainingAfter: 100 },
      { category: 'Image Production', subcategory: 'Image Formation', adds: 50, remainingBefore: 150, remainingAfter: 100 },
    ]);
    expect(c.biennium).toEqual({ adds: 150, remainingBefore: 2400, remainingAfter: 2250 });
    expect(c.summary).toBe('+1 CT Safety · +0.5 CT Image Production · +1.5 biennium');
  });

  it('adds no more than a subcategory still needs', () => {
    const done = { ...base, courses: [ctSafety(150, { completedOn: '2025-03-01' })] };
    expect(coverage(done, TODAY, candidate).credentials[0]!.prescription[0]).toMatchObject({ adds: 50, remainingAfter: 0 });
  });

  it('an activity already completed this biennium adds nothing', () => {
    const done = { ...base, courses: [ctSafety(150, { fingerprint: 'new-course', completedOn: '2025-03-01' })] };
    const c = coverage(done, TODAY, candidate);
    expect(c).toMatchObject({ alreadyCompleted: true, biennium: { adds: 0 }, summary: 'Already completed' });
    expect(c.credentials[0]!.prescription).toEqual([]);
  });

  it('marks an estimated distribution and says so in the summary', () => {
    const c = coverage(base, TODAY, { ...candidate, distributionBasis: 'estimated' });
    expect(c.estimated).toBe(true);
    expect(c.summary.startsWith('≈ ')).toBe(true);
  });

  it('evaluates the saved data once for a whole catalog', () => {
    const check = prepareCoverage(base, TODAY);
    const results = Array.from({ length: 200 }, (_, i) => check({ ...candidate, fingerprint: `c${i}` }));
    expect(new Set(results.map((r) => r.summary)).size).toBe(1);
  });

  it('counts listings alike but for their name once, never one whose fingerprint a saved course has', () => {
    const done = { ...base, courses: [ctSafety(150, { fingerprint: 'done-before', completedOn: '2025-03-01' })] };
    const check = prepareCoverage(done, TODAY);
    const fresh = check({ ...candidate, fingerprint: 'fresh' });
    // The same listing under another unknown name: the same count, computed once.
    expect(check({ ...candidate, fingerprint: 'other' })).toBe(fresh);
    // Alike, but the activity the user already completed: counted apart, and as a repeat.
    expect(check({ ...candidate, fingerprint: 'done-before' })).toMatchObject({ alreadyCompleted: true, summary: 'Already completed' });
    // Each answer is what the one-course function gives.
    expect(fresh).toEqual(coverage(done, TODAY, { ...candidate, fingerprint: 'fresh' }));
    expect(check({ ...candidate, fingerprint: 'x', credits: 50 })).toEqual(coverage(done, TODAY, { ...candidate, fingerprint: 'x', credits: 50 }));
  });
});
