import { z } from 'zod';
import { DisciplineId } from '../outlines';
import { IsoDate } from '../units/schemas';
import { BienniumBasis } from './biennium';
import { CqrTimeline } from './credential';

/** The result of `evaluate`: every figure the popup, options page and toolbar badge show. Credits in hundredths. */
const Progress = { required: z.number().int(), earned: z.number().int(), remaining: z.number().int() };

export const SubcategoryProgress = z.object({
  category: z.string(),
  subcategory: z.string(),
  ...Progress,
  done: z.boolean(),
  /** The completed courses that gave credits to it, in the counting window (for the audit report). */
  courses: z.array(z.object({ courseId: z.string(), credits: z.number().int() })),
});
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

export const BienniumProgress = z.object({
  start: IsoDate,
  end: IsoDate,
  basis: BienniumBasis,
  daysLeft: z.number().int(),
  ...Progress,
  sonography: z.object(Progress).nullable(),
  countedCourseIds: z.array(z.string()),
  excluded: z.array(z.object({ courseId: z.string(), reason: z.string() })),
});
export type BienniumProgress = z.infer<typeof BienniumProgress>;

export const DeadlineKind = z.enum(['biennium-end', 'cqr-submit-by', 'structured-apply-by']);
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
