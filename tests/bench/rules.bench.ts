import { bench, describe } from 'vitest';
import { evaluate, planCourses } from '../../lib/rules';
import { scenario } from './scenario';

const TODAY = '2026-11-25';

describe('gap computation, 5 credentials (target: 10,000 courses cost at most 120× what 100 cost)', () => {
  for (const n of [100, 1000, 10_000]) {
    const data = scenario(n);
    bench(`evaluate ${n} courses`, () => void evaluate(data, TODAY));
  }
});

describe('plan, 300 candidate courses and 12 gaps (target: < 50 ms)', () => {
  const data = scenario(300, { status: 'seen', seed: 7 });
  // 12 gaps: keep the first prescriptions' items until 12 subcategories are open.
  let open = 12;
  data.prescriptions = data.prescriptions.map((p) => {
    const items = p.items.slice(0, Math.max(0, Math.min(p.items.length, open)));
    open -= items.length;
    return { ...p, items };
  });
  bench('planCourses 300 × 12', () => void planCourses(data, TODAY));
});
