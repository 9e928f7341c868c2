import { z } from 'zod';
import { DisciplineId } from '../outlines';
import { IsoDate } from '../units/schemas';
import { BienniumBasis } from './biennium';
import { CqrTimeline } from './credential';

/** The result of `evaluate`: every figure the popup, options page and toolbar badge show. Credits in hundredths. */
const Progress = { required: z.number().int(), earned: z.number().int(), remaining: z.number().int() };

export const SubcategoryProgress = z.object({ category: z.string(), subcategory: z.string(), ...Progress, done: z.boolean() });
export type SubcategoryProgress = z.infer<typeof SubcategoryProgress>;

export const PrescriptionProgress = z.object({
  prescriptionId: z.string(),
  /** First day CE counts for this prescription. */
  countsFrom: IsoDate,
  ...Progress,
  categories: z.array(z.object({ category: z.string(), ...Progress, subcategories: z.array(SubcategoryProgress) })),
});
export type PrescriptionProgress = z.infer<typeof PrescriptionProgress>;

export const StructuredProgress = z.object({
  windowStart: IsoDate,
  windowEnd: IsoDate,
  ...Progress,
  categories: z.array(z.object({ category: z.string(), earned: z.number().int(), met: z.boolean() })),
});
export type StructuredProgress = z.infer<typeof StructuredProgress>;

export const CredentialProgress = z.object({
  credentialId: z.string(),
  discipline: DisciplineId,
  outlineVersion: z.string().nullable(),
  timeLimited: z.boolean(),
  cqr: CqrTimeline.nullable(),
  prescription: PrescriptionProgress.nullable(),
  structured: StructuredProgress.nullable(),
});
export type CredentialProgress = z.infer<typeof CredentialProgress>;

/**
 * CE probation: the previous biennium ended short. The deficit is made up within six months, and
 * make-up credits go to the deficit first (docs/arrt-rules.md, CE probation). `met` once made up,
 * `missed` when the make-up period ended short (ARRT then requires reinstatement).
 */
export const Probation = z.object({
  bienniumStart: IsoDate,
  bienniumEnd: IsoDate,
  deadline: IsoDate,
  daysLeft: z.number().int(),
  deficit: z.number().int(),
  madeUp: z.number().int(),
  remaining: z.number().int(),
  status: z.enum(['open', 'met', 'missed']),
  /** Completions of the current biennium whose credits went to the deficit, and how much of each. */
  applied: z.array(z.object({ courseId: z.string(), credits: z.number().int() })),
});
export type Probation = z.infer<typeof Probation>;

const CourseNote = z.object({ courseId: z.string(), title: z.string(), kind: z.string(), reason: z.string() });

export const BienniumProgress = z.object({
  start: IsoDate,
  end: IsoDate,
  basis: BienniumBasis,
  daysLeft: z.number().int(),
  /** `remaining` is the larger of the general shortfall and the sonography one: both must be met. */
  ...Progress,
  sonography: z.object(Progress).nullable(),
  probation: Probation.nullable(),
  countedCourseIds: z.array(z.string()),
  /** Completions inside the biennium that add nothing (or may not), with the reason. */
  excluded: z.array(CourseNote),
  /** Counted, but worth the user's look (e.g. completed after the approval expired). */
  flagged: z.array(CourseNote),
});
export type BienniumProgress = z.infer<typeof BienniumProgress>;

/**
 * `cqr-window-ends`: the last two weeks, past the recommended submit-by day (submit now);
 * `cqr-overdue`: the window closed without a recorded completion (a state, its date in the past);
 * `sonography`: the 16 sonography-related credits of the biennium, a requirement of their own.
 */
export const DeadlineKind = z.enum([
  'biennium-end',
  'sonography',
  'ce-probation',
  'annual-renewal',
  'cqr-window-opens',
  'cqr-submit-by',
  'cqr-window-ends',
  'cqr-overdue',
  'structured-apply-by',
]);
export type DeadlineKind = z.infer<typeof DeadlineKind>;
export const Deadline = z.object({
  kind: DeadlineKind,
  credentialId: z.string().nullable(),
  discipline: DisciplineId.nullable(),
  date: IsoDate,
  daysLeft: z.number().int(),
  /** Credits still needed for it; null when unknown (e.g. CQR before a prescription was entered). */
  remaining: z.number().int().nullable(),
});
export type Deadline = z.infer<typeof Deadline>;

export const Evaluation = z.object({
  today: IsoDate,
  biennium: BienniumProgress.nullable(),
  credentials: z.array(CredentialProgress),
  deadlines: z.array(Deadline),
});
export type Evaluation = z.infer<typeof Evaluation>;
