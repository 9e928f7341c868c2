import { z } from 'zod';
import { CREDIT_LIMITS } from './credits';
import { isValidIsoDate } from './dates';

/**
 * The zod schemas for the units, apart from their arithmetic so that code which only computes
 * (the content script above all) does not pull zod into its bundle.
 */
export const Credits = z.number().int().min(0).max(CREDIT_LIMITS.record);
export const IsoDate = z.string().refine(isValidIsoDate, { message: 'expected a calendar date YYYY-MM-DD' });
/**
 * A stored record's revision: milliseconds since epoch of its last write. A form saves against the
 * revision it was opened on, so two tabs never silently undo each other (lib/store/store.ts).
 * Records written before revisions existed have none.
 */
export const Revision = z.number().int().nonnegative();
export type Credits = z.infer<typeof Credits>;
export type IsoDate = z.infer<typeof IsoDate>;
