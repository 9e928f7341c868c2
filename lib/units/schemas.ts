import { z } from 'zod';
import { CREDIT_LIMITS } from './credits';
import { isValidIsoDate } from './dates';

/**
 * The zod schemas for the units, apart from their arithmetic so that code which only computes
 * (the content script above all) does not pull zod into its bundle.
 */
export const Credits = z.number().int().min(0).max(CREDIT_LIMITS.record);
export const IsoDate = z.string().refine(isValidIsoDate, { message: 'expected a calendar date YYYY-MM-DD' });
export type Credits = z.infer<typeof Credits>;
export type IsoDate = z.infer<typeof IsoDate>;
