import { z } from 'zod';
import { DISCIPLINE_IDS } from './ids';
import { IsoDate, Revision } from '../units/schemas';

export const DisciplineId = z.enum(DISCIPLINE_IDS);
export type DisciplineId = z.infer<typeof DisciplineId>;

/**
 * How sure we are of an outline (shipped-outlines.json `about`): only `names-arrt` is stated by
 * ARRT; everything else must be shown to the user as unofficial. `user` marks an outline the user
 * entered or corrected from their own ARRT documents.
 */
export const Confidence = z.enum(['names-arrt', 'third-party', 'partial', 'old', 'inferred', 'missing', 'user']);
export type Confidence = z.infer<typeof Confidence>;

const Name = z.string().trim().min(1).max(200);

export const Subcategory = z.object({
  name: Name,
  /** Exam item count, where known. */
  items: z.number().int().positive().optional(),
});
export type Subcategory = z.infer<typeof Subcategory>;

export const Category = z.object({
  name: Name,
  items: z.number().int().positive().optional(),
  subcategories: z.array(Subcategory).max(50),
});
export type Category = z.infer<typeof Category>;

export const Outline = z.object({
  discipline: DisciplineId,
  name: Name,
  /** Distinguishes outline versions of one discipline, e.g. "2016" or "current". */
  version: z.string().trim().min(1).max(40),
  effective: IsoDate.nullable(),
  confidence: Confidence,
  provenance: z.string().max(2000),
  sources: z.array(z.string().max(500)).max(20),
  categories: z.array(Category).max(20),
  /** An outline no longer in force; kept so old sponsor wording can be mapped to today's names. */
  superseded: z.boolean().default(false),
  /** A user's correction, as stored: its revision (shipped outlines have none). */
  updatedAt: Revision.optional(),
});
export type Outline = z.infer<typeof Outline>;
export type OutlineInput = z.input<typeof Outline>;
