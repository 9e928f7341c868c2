import type { BienniumProgress, CredentialProgress, Evaluation, PrescriptionProgress, Probation, SubcategoryProgress } from './evaluation';
import type { RulesInput } from './input';
import { annualRenewal } from './birth-month';

/**
 * Everything the popup shows about the user's standing, small enough to keep precomputed: the
 * worker stores it after every change so the popup paints at once, then checks it against the
 * full data (which wins if they differ). Kept free of zod: the popup's first paint loads no schema.
 */
export interface Summary {
  today: string;
  firstRun: boolean;
  /** Birth month, and whether the biennium's start year is the user's own (else the popup asks). */
  birthMonth: number | null;
  /** Last day of the birth month, this year or next: the annual renewal. */
  renewal: string | null;
  evaluation: Standing;
}

/*
 * The evaluation without its per-course lists (which courses counted toward the biennium, each
 * subcategory and the probation deficit): the audit report shows them, the popup never does, and
 * they grow with every course counted (110 KB of summary at 10,000 courses, 9 KB at 100), so the
 * popup's one read would too. Not-counted and flagged courses stay: the popup lists them.
 */
type SubcategoryStanding = Omit<SubcategoryProgress, 'courses'>;
type CategoryStanding = Omit<PrescriptionProgress['categories'][number], 'subcategories'> & { subcategories: SubcategoryStanding[] };
export type CredentialStanding = Omit<CredentialProgress, 'prescription'> & { prescription: (Omit<PrescriptionProgress, 'categories'> & { categories: CategoryStanding[] }) | null };
export type BienniumStanding = Omit<BienniumProgress, 'countedCourseIds' | 'probation'> & { probation: Omit<Probation, 'applied'> | null };
export type Standing = Omit<Evaluation, 'biennium' | 'credentials'> & { biennium: BienniumStanding | null; credentials: CredentialStanding[] };

/** `evaluation` as the popup keeps it: every figure, no per-course list. */
export function standingOf(evaluation: Evaluation): Standing {
  return { ...evaluation, biennium: evaluation.biennium && bienniumStanding(evaluation.biennium), credentials: evaluation.credentials.map(credentialStanding) };
}

function bienniumStanding({ countedCourseIds: _counted, probation, ...biennium }: BienniumProgress): BienniumStanding {
  if (!probation) return { ...biennium, probation };
  const { applied: _applied, ...rest } = probation;
  return { ...biennium, probation: rest };
}

function credentialStanding({ prescription, ...credential }: CredentialProgress): CredentialStanding {
  if (!prescription) return { ...credential, prescription };
  const categories = prescription.categories.map(({ subcategories, ...category }) => ({ ...category, subcategories: subcategories.map(({ courses: _courses, ...sub }) => sub) }));
  return { ...credential, prescription: { ...prescription, categories } };
}

/** Where the worker keeps it (extension storage, this computer only). */
export const SUMMARY_KEY = 'popup-summary';

export function summarize(input: RulesInput, evaluation: Evaluation): Summary {
  return {
    today: evaluation.today,
    firstRun: input.profile.birthMonth === null && input.credentials.length === 0,
    birthMonth: input.profile.birthMonth,
    renewal: input.profile.birthMonth === null ? null : annualRenewal(input.profile.birthMonth, evaluation.today).due,
    evaluation: standingOf(evaluation),
  };
}

/**
 * A stored summary if it is for `today` and has the shape the popup draws; null otherwise (the
 * popup then waits for the full data). The worker wrote it; this guards against an old format.
 */
export function summaryFor(value: unknown, today: string): Summary | null {
  const s = value as Partial<Summary> | null | undefined;
  const e = s?.evaluation;
  const ok = s?.today === today && typeof s.firstRun === 'boolean' && s.renewal !== undefined && s.birthMonth !== undefined && e?.today === today && Array.isArray(e.credentials) && Array.isArray(e.deadlines) && 'biennium' in e;
  return ok ? (s as Summary) : null;
}
