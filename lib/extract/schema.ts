import { z } from 'zod';
import { DisciplineId, Distribution } from '../outlines';
import { ActivityFormat, ArrtCategory } from '../rules/model';
import { Credits } from '../units/schemas';
import { IsoDate } from '../units/schemas';

/**
 * One course as read off a sponsor page: what the page states, nothing inferred beyond
 * normalizing its wording (sponsor-pages.md). `kind` says whether it came from a course page
 * or from one listing of a catalog.
 */
export const ExtractedCourse = z.object({
  title: z.string().trim().min(1).max(500),
  sponsor: z.string().trim().max(200).nullable(),
  url: z.string().max(2000),
  credits: Credits.nullable(),
  category: ArrtCategory.nullable(),
  approvalNumber: z.string().trim().max(100).nullable(),
  approvedBy: z.string().trim().max(200).nullable(),
  expires: IsoDate.nullable(),
  disciplines: z.array(DisciplineId).max(20),
  price: z.string().trim().max(100).nullable(),
  distribution: Distribution,
  /** Up to 1,000 characters of the course's own description, for estimating a distribution. */
  description: z.string().max(1000),
  format: ActivityFormat,
  kind: z.enum(['page', 'listing']),
});
export type ExtractedCourse = z.infer<typeof ExtractedCourse>;
