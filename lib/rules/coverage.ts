import { z } from 'zod';
import { DisciplineId, Distribution } from '../outlines';
import { formatCredits } from '../units/credits';
import type { IsoDate } from '../units/dates';
import { ACLS_PALS_CAP, APPLICATIONS_TRAINING_CAP, completedCourses, countsForContent } from './activity';
import { contentKey } from './content-credits';
import { evaluate } from './evaluate';
import type { Evaluation } from './evaluation';
import type { RulesInput } from './input';
import { ActivityFormat, ArrtCategory } from '../course/facts';
import { ActivityType, Course, DistributionBasis } from './model';

/** A course as the rules need it to say what it would add: saved or straight off a sponsor page. */
export const CourseCandidate = z.object({
  fingerprint: z.string().min(1),
  credits: Course.shape.credits.nullable(),
  category: ArrtCategory.nullable(),
  distribution: Distribution,
  distributionBasis: DistributionBasis,
  activityType: ActivityType.default('standard'),
  format: ActivityFormat.default('unknown'),
});
export type CourseCandidate = z.input<typeof CourseCandidate>;

export const Coverage = z.object({
  /** The same activity is already completed: it adds nothing again (counted once; home-study never repeated). */
  alreadyCompleted: z.boolean(),
  /** The distribution is our guess from the outline: shown, never counted until the user confirms it. */
  estimated: z.boolean(),
  biennium: z.object({ adds: z.number().int(), remainingBefore: z.number().int(), remainingAfter: z.number().int() }).nullable(),
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

/**
 * What a course not yet counted would add to today's gaps if completed today. The evaluation of the
 * saved data is computed once, so a 200-listing catalog costs one `evaluate` plus cheap lookups.
 */
export function prepareCoverage(input: RulesInput, today: IsoDate): (candidate: CourseCandidate) => Coverage {
  const ev = evaluate(input, today);
  const ordered = completedCourses(input.courses);
  const biennium = ev.biennium;
  const inBiennium = biennium ? ordered.filter((c) => c.completedOn >= biennium.start && c.completedOn <= biennium.end) : [];
  const counted = new Set(biennium?.countedCourseIds ?? []);
  const applicationsUsed = inBiennium.filter((c) => c.activityType === 'applications-training' && counted.has(c.id)).reduce((t, c) => t + c.credits, 0);
  const aclsDone = inBiennium.some((c) => c.activityType === 'acls-pals' && counted.has(c.id));
  const completedBy = new Map<string, (typeof ordered)[number][]>();
  for (const c of ordered) completedBy.set(c.fingerprint, [...(completedBy.get(c.fingerprint) ?? []), c]);

  return (raw) => {
    const candidate = CourseCandidate.parse(raw);
    const previous = completedBy.get(candidate.fingerprint) ?? [];
    const alreadyCompleted = previous.length > 0;
    const countsAgain = !previous.some((c) => c.format === 'home-study' || (biennium && c.completedOn >= biennium.start));
    const estimated = candidate.distributionBasis === 'estimated';
    const contentOk = !alreadyCompleted && countsForContent({ ...candidate, distributionBasis: estimated ? 'stated' : candidate.distributionBasis }, today);
    const bienniumLine = biennium
      ? bienniumAdds(candidate, countsAgain, biennium.remaining, applicationsUsed, aclsDone)
      : null;
    const credentials = ev.credentials.map((cp) => ({
      credentialId: cp.credentialId,
      discipline: cp.discipline,
      prescription: contentOk ? prescriptionLines(cp, candidate, today) : [],
      structuredCategories: contentOk ? structuredCategories(cp, candidate) : [],
    }));
    return { alreadyCompleted, estimated, biennium: bienniumLine, credentials, summary: summarize(alreadyCompleted, estimated, bienniumLine, credentials) };
  };
}

export function coverage(input: RulesInput, today: IsoDate, candidate: CourseCandidate): Coverage {
  return prepareCoverage(input, today)(candidate);
}

function bienniumAdds(c: z.infer<typeof CourseCandidate>, countsAgain: boolean, remainingBefore: number, applicationsUsed: number, aclsDone: boolean) {
  let adds = countsAgain ? (c.credits ?? 0) : 0;
  if (c.activityType === 'applications-training') adds = Math.min(adds, Math.max(0, APPLICATIONS_TRAINING_CAP - applicationsUsed));
  if (c.activityType === 'acls-pals') adds = aclsDone ? 0 : Math.min(adds, ACLS_PALS_CAP);
  return { adds, remainingBefore, remainingAfter: Math.max(0, remainingBefore - adds) };
}

type CredentialEval = Evaluation['credentials'][number];

function prescriptionLines(cp: CredentialEval, c: z.infer<typeof CourseCandidate>, today: IsoDate) {
  const p = cp.prescription;
  if (!p || today < p.countsFrom || (cp.cqr && today > cp.cqr.deadline)) return [];
  const offered = new Map<string, number>();
  for (const e of c.distribution) {
    if (e.discipline !== cp.discipline || e.unmapped || e.subcategory === undefined) continue;
    const key = contentKey(e.category, e.subcategory);
    offered.set(key, (offered.get(key) ?? 0) + e.credits);
  }
  return p.categories.flatMap((cat) =>
    cat.subcategories.flatMap((s) => {
      const credits = offered.get(contentKey(s.category, s.subcategory));
      if (!credits || s.remaining === 0) return [];
      const adds = Math.min(credits, s.remaining);
      return [{ category: s.category, subcategory: s.subcategory, adds, remainingBefore: s.remaining, remainingAfter: s.remaining - adds }];
    }),
  );
}

function structuredCategories(cp: CredentialEval, c: z.infer<typeof CourseCandidate>): string[] {
  if (!cp.structured) return [];
  const open = new Set(cp.structured.categories.filter((x) => !x.met).map((x) => x.category));
  return [...new Set(c.distribution.filter((e) => e.discipline === cp.discipline && !e.unmapped && open.has(e.category)).map((e) => e.category))];
}

function summarize(alreadyCompleted: boolean, estimated: boolean, biennium: Coverage['biennium'], credentials: Coverage['credentials']): string {
  if (alreadyCompleted && !biennium?.adds) return 'Already completed';
  const parts: string[] = [];
  for (const cp of credentials) {
    const byCategory = new Map<string, number>();
    for (const line of cp.prescription) byCategory.set(line.category, (byCategory.get(line.category) ?? 0) + line.adds);
    for (const [category, adds] of byCategory) parts.push(`+${formatCredits(adds)} ${cp.discipline} ${category}`);
    for (const category of cp.structuredCategories) parts.push(`${cp.discipline} structured: ${category}`);
  }
  if (biennium && biennium.adds > 0) parts.push(`+${formatCredits(biennium.adds)} biennium`);
  if (parts.length === 0) return 'Covers none of your open gaps';
  return (estimated ? '≈ ' : '') + parts.join(' · ');
}
