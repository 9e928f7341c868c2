import { describe, expect, it } from 'vitest';
import { evaluate, Profile, summarize, summaryFor } from '../../../lib/rules';
import { CT_SEVEN, ctSafety, input as make } from './make';

describe('the popup summary the worker keeps', () => {
  const input = { profile: Profile.parse({ birthMonth: 3 }), credentials: [], prescriptions: [], courses: [], outlineOverrides: [] };
  const summary = summarize(input, evaluate(input, '2026-11-25'));

  it('is used on its own day only: tomorrow the days left and what counts differ', () => {
    expect(summary.firstRun).toBe(false);
    expect(summaryFor(structuredClone(summary), '2026-11-25')).toEqual(summary);
    expect(summaryFor(summary, '2026-11-26')).toBeNull();
  });

  it('anything else stored under its key is ignored (the popup then waits for the full data)', () => {
    for (const junk of [undefined, null, 'x', 42, { today: '2026-11-25' }, { ...summary, evaluation: 'garbage' }, { ...summary, firstRun: 'no' }]) {
      expect(summaryFor(junk, '2026-11-25')).toBeNull();
    }
  });

  it('keeps every figure but no per-course list: its size does not grow with the courses counted', () => {
    const rx = [{ credentialId: 'cred0', items: CT_SEVEN }];
    const few = make({ credentials: [{ discipline: 'CT', earnedOn: '2016-06-15' }], prescriptions: rx, courses: [ctSafety(100, { completedOn: '2025-09-01' })] });
    const many = { ...few, courses: Array.from({ length: 200 }, (_, i) => ctSafety(100, { completedOn: '2025-09-01', fingerprint: `f${i}` })) };
    const small = summarize(few, evaluate(few, '2026-11-25'));
    const large = summarize(many, evaluate(many, '2026-11-25'));
    expect(small.evaluation.biennium).not.toHaveProperty('countedCourseIds');
    expect(small.evaluation.credentials[0]!.prescription!.categories[0]!.subcategories[0]).not.toHaveProperty('courses');
    expect(JSON.stringify(large)).not.toContain(many.courses[0]!.id);
    // The figures follow the courses; the size does not.
    expect(large.evaluation.biennium!.earned).toBeGreaterThan(small.evaluation.biennium!.earned);
    expect(JSON.stringify(large).length).toBeLessThan(JSON.stringify(small).length + 50);
  });
});
