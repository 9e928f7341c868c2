import { z } from 'zod';
import { CourseFacts } from '../course/facts';

/**
 * One course as read off a sponsor page: what the page states, nothing inferred beyond
 * normalizing its wording (sponsor-pages.md). `kind` says whether it came from a course page
 * or from one listing of a catalog.
 */
export const ExtractedCourse = CourseFacts.extend({
  url: z.string().max(2000),
  /** Up to 1,000 characters of the course's own description, for estimating a distribution. */
  description: z.string().max(1000),
  kind: z.enum(['page', 'listing']),
});
export type ExtractedCourse = z.infer<typeof ExtractedCourse>;
