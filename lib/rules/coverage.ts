import { z } from 'zod';
import { ActivityFormat, ArrtCategory } from '../course/facts';
import { DisciplineId, Distribution } from '../outlines';
import { formatCredits } from '../units/credits';
import type { IsoDate } from '../units/dates';
import { IsoDate as IsoDateSchema } from '../units/schemas';
import { notCountedLabel } from './activity';
import { evaluate } from './evaluate';
import type { Evaluation } from './evaluation';
import type { RulesInput } from './input';
import { ActivityType, Course, DistributionBasis } from './model';

/** A course as the rules need it to say what it would add: saved or straight off a sponsor page. */
export const CourseCandidate = z.object({
  fingerprint: z.string().min(1),
  credits: Course.shape.credits.nullable(),
  category: ArrtCategory.nullable(),
  expires: IsoDateSchema.nullable().default(null),
  distribution: Distribution,
  distributionBasis: DistributionBasis,
  activityType: ActivityType.default('standard'),
  format: ActivityFormat.default('unknown'),
});
export type CourseCandidate = z.input<typeof CourseCandidate>;

export const Coverage = z.object({
  /** The same activity is already completed: a repeat adds only what the counting rules allow. */
  alreadyCompleted: z.boolean(),
  /** The distribution is our guess from the outline: shown, never counted until the user confirms it. */
  estimated: z.boolean(),
  /** The page names no ARRT category: the figures assume Category A, and a saved record waits for the user to set it. */
  categoryAssumed: z.boolean(),
  /** Why it would add nothing (or may not) to the biennium, introduced as "Not counted" or "May not count". */
  notCounted: z.string().nullable(),
  biennium: z.object({ adds: z.number().int(), remainingBefore: z.number().int(), remainingAfter: z.number().int() }).nullable(),
  /** Credits that would go to a CE probation deficit first. */
  probationAdds: z.number().int(),
  credentials: z.array(
    z.object({
      credentialId: z.string(),
      discipline: DisciplineId,
      prescription: z.array(
        z.object({ category: z.string(), subcategory: z.string(), adds: z.number().int(), remainingBefore: z.number().int(), remainingAfter: z.number().int() }),
      ),
      structuredCategories: z.array(z.string()),
    }),
  ),
  summary: z.string(),
});
export type Coverage = z.infer<typeof Coverage>;

const CANDIDATE_ID = '\u0000candidate';

/**
 * What a course would add if completed today: the standing with the course added, compared with the
 * standing without it, through the same counting code (DESIGN.md, "One course, one shape"). Caps,
 * repeats, categories and probation therefore read the same here as in the standing. An estimated
 * distribution is counted here as if confirmed, and the result marked estimated (≈).
 */
export function prepareCoverage(input: RulesInput, today: IsoDate): (candidate: CourseCandidate) => Coverage {
  const before = evaluate(input, today);
  const completedFingerprints = new Set(input.courses.filter((c) => c.status === 'completed').map((c) => c.fingerprint));
  const savedFingerprints = new Set(input.courses.map((c) => c.fingerprint));
  // A catalog's listings repeat the same credits, category and distribution. The counting reads a
  // fingerprint only to find the same activity among the saved courses, so one that no saved course
  // has counts like any other: candidates alike but for such a fingerprint are counted once.
  const counted = new Map<string, Coverage>();
  return (raw) => {
    const candidate = CourseCandidate.parse(raw);
    const alike = JSON.stringify({ ...candidate, fingerprint: savedFingerprints.has(candidate.fingerprint) ? candidate.fingerprint : '' });
    const known = counted.get(alike);
    if (known) return known;
    const coverage = count(candidate);
    counted.set(alike, coverage);
    return coverage;
  };

  function count(candidate: CourseCandidate): Coverage {
    const estimated = candidate.distributionBasis === 'estimated';
    const categoryAssumed = candidate.category === null;
    const course = Course.parse({
      ...candidate,
      category: candidate.category ?? 'A',
      id: CANDIDATE_ID,
      title: candidate.fingerprint,
      status: 'completed',
      completedOn: today,
      credits: candidate.credits ?? 0,
      distributionBasis: estimated ? 'confirmed' : candidate.distributionBasis,
      updatedAt: 0,
    });
    const after = evaluate({ ...input, courses: [...input.courses, course] }, today);
    return compare(before, after, completedFingerprints.has(candidate.fingerprint), estimated, categoryAssumed);
  }
}

export function coverage(input: RulesInput, today: IsoDate, candidate: CourseCandidate): Coverage {
  return prepareCoverage(input, today)(candidate);
}

function compare(before: Evaluation, after: Evaluation, alreadyCompleted: boolean, estimated: boolean, categoryAssumed: boolean): Coverage {
  const b = before.biennium;
  const a = after.biennium;
  const probationAdds = (a?.probation?.madeUp ?? 0) - (b?.probation?.madeUp ?? 0);
  const biennium = b && a ? { adds: a.earned - b.earned, remainingBefore: b.remaining, remainingAfter: a.remaining } : null;
  const excluded = a?.excluded.find((e) => e.courseId === CANDIDATE_ID);
  // A plain repeat within the biennium is "already completed"; other reasons are worth their words.
  const notCounted = excluded && excluded.kind !== 'repeat-in-biennium' ? `${notCountedLabel(excluded.kind)}: ${excluded.reason}` : null;
  const credentials = after.credentials.map((cp, i) => {
    const old = before.credentials[i]!;
    const oldSubs = new Map((old.prescription?.categories ?? []).flatMap((cat) => cat.subcategories).map((s) => [`${s.category}\u0000${s.subcategory}`, s]));
    const prescription = (cp.prescription?.categories ?? []).flatMap((cat) =>
      cat.subcategories.flatMap((s) => {
        const was = oldSubs.get(`${s.category}\u0000${s.subcategory}`);
        if (!was || s.remaining >= was.remaining) return [];
        return [{ category: s.category, subcategory: s.subcategory, adds: was.remaining - s.remaining, remainingBefore: was.remaining, remainingAfter: s.remaining }];
      }),
    );
    const openBefore = new Map((old.structured?.categories ?? []).filter((x) => !x.met).map((x) => [x.category, x.earned]));
    const structuredCategories = (cp.structured?.categories ?? []).filter((x) => openBefore.has(x.category) && x.earned > openBefore.get(x.category)!).map((x) => x.category);
    return { credentialId: cp.credentialId, discipline: cp.discipline, prescription, structuredCategories };
  });
  const summary = summarize(alreadyCompleted, estimated, notCounted, biennium, probationAdds, credentials);
  return { alreadyCompleted, estimated, categoryAssumed, notCounted, biennium, probationAdds, credentials, summary };
}

function summarize(alreadyCompleted: boolean, estimated: boolean, notCounted: string | null, biennium: Coverage['biennium'], probationAdds: number, credentials: Coverage['credentials']): string {
  const parts: string[] = [];
  for (const cp of credentials) {
    const byCategory = new Map<string, number>();
    for (const line of cp.prescription) byCategory.set(line.category, (byCategory.get(line.category) ?? 0) + line.adds);
    for (const [category, adds] of byCategory) parts.push(`+${formatCredits(adds)} ${cp.discipline} ${category}`);
    for (const category of cp.structuredCategories) parts.push(`${cp.discipline} structured: ${category}`);
  }
  if (probationAdds > 0) parts.push(`+${formatCredits(probationAdds)} probation deficit`);
  if (biennium && biennium.adds > 0) parts.push(`+${formatCredits(biennium.adds)} biennium`);
  if (parts.length === 0) {
    if (notCounted) return notCounted;
    return alreadyCompleted ? 'Already completed' : 'Covers none of your open gaps';
  }
  return (estimated ? '≈ ' : '') + parts.join(' · ');
}
