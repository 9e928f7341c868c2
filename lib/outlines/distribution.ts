import { z } from 'zod';
import { Credits } from '../units/schemas';
import { DisciplineId } from './schema';

/**
 * One line of an ARRT credit distribution: how many of an activity's credits count toward one
 * category (and, for CQR, one subcategory) of one discipline's outline. A distribution may sum to
 * less than the activity's CE credits (docs/arrt-rules.md, CQR: "it can be smaller than the activity's CE
 * credits"), so it is always stored as its own list.
 *
 * `unmapped` marks a name the page used that matches no current outline name unambiguously
 * (e.g. an old CT 2016 subcategory): it is kept as written and shown, never counted.
 */
export const DistributionEntry = z.object({
  discipline: DisciplineId,
  category: z.string().trim().min(1).max(200),
  subcategory: z.string().trim().min(1).max(200).optional(),
  credits: Credits,
  unmapped: z.boolean().optional(),
});
export type DistributionEntry = z.infer<typeof DistributionEntry>;

export const Distribution = z.array(DistributionEntry).max(100);
export type Distribution = z.infer<typeof Distribution>;
