import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planCourses, priceCents, solveCover, type CoverProblem } from '../../../lib/rules';
import { course, CT_SEVEN, input } from './make';

/** Every subset, for checking the solver on small instances. */
function bruteForce(p: CoverProblem): number | null {
  let best: number | null = null;
  for (let mask = 0; mask < 1 << p.options.length; mask++) {
    const chosen = p.options.filter((_, i) => mask & (1 << i));
    const ok = p.need.every((need, g) => chosen.reduce((t, o) => t + (o.gives[g] ?? 0), 0) >= need);
    const cost = chosen.reduce((t, o) => t + o.cost * 1024 + 1, 0);
    if (ok && (best === null || cost < best)) best = cost;
  }
  return best;
}

const costOf = (p: CoverProblem, ids: string[]) => p.options.filter((o) => ids.includes(o.id)).reduce((t, o) => t + o.cost * 1024 + 1, 0);

describe('plan: smallest set of courses filling every gap', () => {
  it('is optimal (fewest credits, then fewest courses) on random small instances', () => {
    const problem = fc.integer({ min: 1, max: 4 }).chain((gaps) =>
      fc.record({
        need: fc.array(fc.integer({ min: 25, max: 300 }), { minLength: gaps, maxLength: gaps }),
        options: fc.array(
          fc.record({ cost: fc.integer({ min: 25, max: 400 }), gives: fc.array(fc.integer({ min: 0, max: 300 }), { minLength: gaps, maxLength: gaps }) }),
          { minLength: 1, maxLength: 10 },
        ),
      }).map((p) => ({ ...p, options: p.options.map((o, i) => ({ ...o, id: `o${i}` })) })),
    );
    fc.assert(
      fc.property(problem, (p) => {
        const exact = bruteForce(p);
        const { chosen, optimal } = solveCover(p);
        if (exact === null) return optimal === false;
        return optimal && costOf(p, chosen) === exact;
      }),
      { numRuns: 300 },
    );
  });

  it('prefers one 2-credit course over two 1-credit courses only when it is cheaper in credits', () => {
    const p: CoverProblem = {
      need: [100, 100],
      options: [
        { id: 'a', cost: 100, gives: [100, 0] },
        { id: 'b', cost: 100, gives: [0, 100] },
        { id: 'both', cost: 200, gives: [100, 100] },
      ],
    };
    // Equal credits (2): fewest courses wins.
    expect(solveCover(p).chosen).toEqual(['both']);
  });

  it('plans from saved and planned courses against the open prescription', () => {
    const rxInput = input({
      credentials: [{ discipline: 'CT', earnedOn: '2017-08-01' }],
      prescriptions: [{ issuedOn: '2025-01-10', items: CT_SEVEN.slice(1, 3) }],
      courses: [
        course({ id: 'big', status: 'seen', credits: 400, distributionBasis: 'stated', distribution: [{ discipline: 'CT', category: 'Safety', subcategory: 'Radiation Safety and Dose', credits: 200 }, { discipline: 'CT', category: 'Image Production', subcategory: 'Image Formation', credits: 150 }] }),
        course({ id: 'dose', status: 'planned', credits: 200, distributionBasis: 'stated', distribution: [{ discipline: 'CT', category: 'Safety', subcategory: 'Radiation Safety and Dose', credits: 200 }] }),
        course({ id: 'form', status: 'seen', credits: 150, distributionBasis: 'stated', distribution: [{ discipline: 'CT', category: 'Image Production', subcategory: 'Image Formation', credits: 150 }] }),
        course({ id: 'guess', status: 'seen', credits: 25, distributionBasis: 'estimated', distribution: [{ discipline: 'CT', category: 'Safety', subcategory: 'Radiation Safety and Dose', credits: 25 }] }),
      ],
    });
    expect(planCourses(rxInput, '2026-11-25')).toEqual({ courseIds: ['dose', 'form'], totalCredits: 350, coversAll: true, optimal: true, uncovered: [], bienniumUncovered: 0, totalCents: null });
  });

  it('says what stays uncovered when the saved courses cannot fill a gap', () => {
    const rxInput = input({ credentials: [{ discipline: 'CT', earnedOn: '2017-08-01' }], prescriptions: [{ issuedOn: '2025-01-10', items: CT_SEVEN.slice(0, 1) }] });
    expect(planCourses(rxInput, '2026-11-25')).toMatchObject({ courseIds: [], coversAll: false, uncovered: [{ subcategory: 'Patient Interactions and Management', remaining: 100 }] });
  });

  it('covers the biennium too when asked, and can prefer the lowest stated price (issue #16, item 11)', () => {
    const dose = (id: string, credits: number, price: string | null) =>
      course({ id, status: 'seen', credits, price, distributionBasis: 'stated', distribution: [{ discipline: 'CT', category: 'Safety', subcategory: 'Radiation Safety and Dose', credits: 200 }] });
    const rx = (courses: ReturnType<typeof course>[]) =>
      input({ credentials: [{ discipline: 'CT', earnedOn: '2017-08-01' }], prescriptions: [{ issuedOn: '2025-01-10', items: CT_SEVEN.slice(1, 2) }], courses });
    const courses = [dose('cheap', 300, '$9.99'), dose('small', 200, '$49.00'), course({ id: 'bulk', status: 'seen', credits: 2200, price: '$1,250.00' })];
    expect(planCourses(rx(courses), '2026-11-25').courseIds).toEqual(['small']);
    expect(planCourses(rx(courses), '2026-11-25', { by: 'price' })).toMatchObject({ courseIds: ['cheap'], totalCents: 999, optimal: true });
    const both = planCourses(rx(courses), '2026-11-25', { biennium: true });
    expect(both).toMatchObject({ courseIds: ['small', 'bulk'], totalCredits: 2400, bienniumUncovered: 0, coversAll: true });
    expect(priceCents('$1,250.00')).toBe(125000);
    expect(priceCents('25,50 €')).toBe(2550);
    expect(priceCents('Free')).toBeNull();
  });
});
