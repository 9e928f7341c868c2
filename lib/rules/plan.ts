import { z } from 'zod';
import type { IsoDate } from '../units/dates';
import { countsForContent } from './activity';
import { contentKey } from './content-credits';
import { evaluate } from './evaluate';
import type { RulesInput } from './input';
import type { Course } from './model';

export const Plan = z.object({
  courseIds: z.array(z.string()),
  totalCredits: z.number().int(),
  coversAll: z.boolean(),
  /** False when the search hit its node budget and returned the best plan found so far. */
  optimal: z.boolean(),
  uncovered: z.array(z.object({ credentialId: z.string(), category: z.string(), subcategory: z.string(), remaining: z.number().int() })),
  /** Biennium credits the plan leaves missing (0 when it was not asked to cover the biennium). */
  bienniumUncovered: z.number().int().default(0),
  /** Price of the plan in cents, when every chosen course's page stated one; null otherwise. */
  totalCents: z.number().int().nullable().default(null),
});
export type Plan = z.infer<typeof Plan>;

/** A set-multicover instance: each gap needs `need`; each option gives `gives[g]` to gap g at `cost`. */
export interface CoverProblem {
  need: number[];
  options: { id: string; cost: number; gives: number[] }[];
}

/** Node budget: exact on every realistic instance, bounded on adversarial ones (then `optimal: false`). */
const NODE_BUDGET = 200_000;

export interface PlanOptions {
  /** Also fill the biennium's remaining credits (each course gives its credits). */
  biennium?: boolean;
  /** Minimize the price stated on the pages instead of credits; courses without a price are left out. */
  by?: 'credits' | 'price';
}

/** "$49.00", "USD 25", "25,00 $" → cents; null when the text states no single price. */
export function priceCents(text: string | null): number | null {
  const m = text?.replace(/(\d),(\d{3})\b/g, '$1$2').replace(/,(\d{2})\b/, '.$1').match(/(\d{1,5})(?:\.(\d{2}))?/);
  return m ? Number(m[1]) * 100 + Number(m[2] ?? 0) : null;
}

/**
 * The smallest set of seen or planned courses that fills every open CQR subcategory gap (and, when
 * asked, the biennium's remaining credits): fewest credits — or lowest stated price — ties broken by
 * fewest courses. Only stated or confirmed distributions count toward a subcategory.
 */
export function planCourses(input: RulesInput, today: IsoDate, opts: PlanOptions = {}): Plan {
  const ev = evaluate(input, today);
  const gaps = ev.credentials.flatMap((cp) =>
    (cp.prescription?.categories ?? []).flatMap((cat) =>
      cat.subcategories.filter((s) => s.remaining > 0).map((s) => ({ credentialId: cp.credentialId, discipline: cp.discipline, ...s })),
    ),
  );
  const completed = new Set(input.courses.filter((c) => c.status === 'completed').map((c) => c.fingerprint));
  const candidates = input.courses.filter(
    (c) => c.status !== 'completed' && !completed.has(c.fingerprint) && (opts.biennium || countsForContent(c, today)) && (opts.by !== 'price' || priceCents(c.price) !== null),
  );
  const bienniumNeed = opts.biennium ? (ev.biennium?.remaining ?? 0) : 0;
  const problem: CoverProblem = {
    need: [...gaps.map((g) => g.remaining), ...(bienniumNeed > 0 ? [bienniumNeed] : [])],
    options: candidates.map((c) => ({
      id: c.id,
      cost: opts.by === 'price' ? priceCents(c.price)! : c.credits,
      // Any course gives the biennium its credits; only a stated or confirmed distribution fills a subcategory.
      gives: [...gaps.map((g) => (countsForContent(c, today) ? gives(c, g.discipline, g.category, g.subcategory) : 0)), ...(bienniumNeed > 0 ? [c.credits] : [])],
    })),
  };
  const solution = solveCover(problem);
  const chosen = new Set(solution.chosen);
  const uncovered = gaps
    .map((g, i) => ({ g, left: g.remaining - problem.options.filter((o) => chosen.has(o.id)).reduce((t, o) => t + (o.gives[i] ?? 0), 0) }))
    .filter(({ left }) => left > 0)
    .map(({ g, left }) => ({ credentialId: g.credentialId, category: g.category, subcategory: g.subcategory, remaining: left }));
  const picked = candidates.filter((c) => chosen.has(c.id));
  const totalCredits = picked.reduce((t, c) => t + c.credits, 0);
  const bienniumUncovered = Math.max(0, bienniumNeed - totalCredits);
  const prices = picked.map((c) => priceCents(c.price));
  return {
    courseIds: solution.chosen,
    totalCredits,
    coversAll: uncovered.length === 0 && bienniumUncovered === 0,
    optimal: solution.optimal,
    uncovered,
    bienniumUncovered,
    totalCents: prices.every((p) => p !== null) ? prices.reduce((t: number, p) => t + p!, 0) : null,
  };
}

function gives(c: Course, discipline: string, category: string, subcategory: string): number {
  const key = contentKey(category, subcategory);
  return c.distribution
    .filter((e) => e.discipline === discipline && !e.unmapped && e.subcategory !== undefined && contentKey(e.category, e.subcategory) === key)
    .reduce((t, e) => t + e.credits, 0);
}

/**
 * Exact branch and bound for set multicover with a (credits, courses) lexicographic cost.
 * When no full cover exists it covers as much as it can: options that help an open gap are taken
 * greedily, so the user still sees the closest plan. Returns option ids in input order.
 */
export function solveCover(problem: CoverProblem): { chosen: string[]; optimal: boolean } {
  const g = problem.need.length;
  // Cap each contribution at the need: more than a gap needs is worth nothing extra.
  const options = problem.options
    .map((o, index) => ({ ...o, index, gives: o.gives.map((v, i) => Math.min(v, problem.need[i] ?? 0)) }))
    .filter((o) => o.gives.some((v) => v > 0));
  const coverable = problem.need.every((need, i) => options.reduce((t, o) => t + (o.gives[i] ?? 0), 0) >= need);
  if (!coverable) return { chosen: greedyPartial(problem.need, options).map((o) => o.id), optimal: false };
  // Scale: credits dominate, a course count only breaks ties (≤ 1,000 courses in any plan).
  const cost = (o: { cost: number }) => o.cost * 1024 + 1;
  options.sort((a, b) => cost(a) / sum(a.gives) - cost(b) / sum(b.gives));
  let best = greedyPartial(problem.need, options);
  let bestCost = best.reduce((t, o) => t + cost(o), 0);
  let nodes = 0;
  const picked: typeof options = [];
  const left = [...problem.need];

  // suffixRatio[i][k]: the cheapest cost per hundredth for gap i among options k and later.
  const suffixRatio = problem.need.map((_, i) => {
    const r = new Float64Array(options.length + 1).fill(Infinity);
    for (let k = options.length - 1; k >= 0; k--) {
      const v = options[k]!.gives[i]!;
      r[k] = Math.min(r[k + 1]!, v > 0 ? cost(options[k]!) / v : Infinity);
    }
    return r;
  });
  // Every open gap must be filled by options from `from` on, each at least at its best ratio.
  const lowerBound = (from: number): number => {
    let bound = 0;
    for (let i = 0; i < g; i++) if (left[i]! > 0) bound = Math.max(bound, left[i]! * suffixRatio[i]![from]!);
    return bound;
  };

  const search = (from: number, spent: number): void => {
    if (++nodes > NODE_BUDGET) return;
    if (left.every((v) => v <= 0)) {
      if (spent < bestCost) {
        bestCost = spent;
        best = [...picked];
      }
      return;
    }
    if (from >= options.length || spent + lowerBound(from) >= bestCost) return;
    const o = options[from]!;
    if (o.gives.some((v, i) => v > 0 && left[i]! > 0)) {
      picked.push(o);
      o.gives.forEach((v, i) => (left[i]! -= v));
      search(from + 1, spent + cost(o));
      o.gives.forEach((v, i) => (left[i]! += v));
      picked.pop();
    }
    search(from + 1, spent);
  };
  search(0, 0);
  return { chosen: best.sort((a, b) => a.index - b.index).map((o) => o.id), optimal: nodes <= NODE_BUDGET };
}

function sum(values: number[]): number {
  return values.reduce((t, v) => t + v, 0) || 1;
}

/** Repeatedly takes the option filling the most open need per credit until nothing more helps. */
function greedyPartial<T extends { cost: number; gives: number[] }>(need: number[], options: T[]): T[] {
  const left = [...need];
  const chosen: T[] = [];
  const pool = [...options];
  for (;;) {
    let bestIndex = -1;
    let bestScore = 0;
    pool.forEach((o, k) => {
      const useful = o.gives.reduce((t, v, i) => t + Math.min(v, Math.max(0, left[i]!)), 0);
      const score = useful / (o.cost + 1);
      if (useful > 0 && score > bestScore) [bestIndex, bestScore] = [k, score];
    });
    if (bestIndex < 0) return chosen;
    const [o] = pool.splice(bestIndex, 1);
    chosen.push(o!);
    o!.gives.forEach((v, i) => (left[i]! -= v));
  }
}
