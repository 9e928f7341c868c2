import { z } from 'zod';
import { DisciplineId, Distribution } from '../outlines';
import { Credits, IsoDate } from '../units/schemas';

/** Text as people and pages write it: trimmed, bounded. */
export const text = (max: number) => z.string().trim().max(max);

/** ARRT CE categories still accepted (Category B not since 2008, docs/arrt-rules.md "What counts"). */
export const ArrtCategory = z.enum(['A', 'A+']);
export type ArrtCategory = z.infer<typeof ArrtCategory>;

/** Home-study/internet activities may never be repeated for credit; live lectures not within a biennium (docs/arrt-rules.md). */
export const ActivityFormat = z.enum(['home-study', 'live', 'unknown']);
export type ActivityFormat = z.infer<typeof ActivityFormat>;

/**
 * The facts of one CE activity, whoever states them: a sponsor page (lib/extract's `ExtractedCourse`)
 * or the user's saved record (lib/rules' `Course`). Both extend this one schema (DESIGN.md, "One
 * course, one shape"), so a fact has one name, one bound and one meaning everywhere.
 */
export const CourseFacts = z.object({
  title: text(500).min(1),
  sponsor: text(200).nullable().default(null),
  /** Hundredths; null when the page states none (a saved record always has a number). */
  credits: Credits.nullable(),
  category: ArrtCategory.nullable().default(null),
  approvalNumber: text(100).nullable().default(null),
  approvedBy: text(200).nullable().default(null),
  /** Last day the activity's approval is valid, when the page states it. */
  expires: IsoDate.nullable().default(null),
  disciplines: z.array(DisciplineId).max(20).default([]),
  price: text(100).nullable().default(null),
  distribution: Distribution.default([]),
  format: ActivityFormat.default('unknown'),
});
export type CourseFacts = z.infer<typeof CourseFacts>;
