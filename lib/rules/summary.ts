import { z } from 'zod';
import { IsoDate } from '../units/schemas';
import { Evaluation } from './evaluation';
import type { RulesInput } from './input';

/**
 * Everything the popup shows about the user's standing, small enough to keep precomputed: the
 * worker stores it after every change so the popup paints at once, then checks it against the
 * full data (which wins if they differ).
 */
export const Summary = z.object({ today: IsoDate, firstRun: z.boolean(), evaluation: Evaluation });
export type Summary = z.infer<typeof Summary>;

export function summarize(input: RulesInput, evaluation: Evaluation): Summary {
  return { today: evaluation.today, firstRun: input.profile.birthMonth === null && input.credentials.length === 0, evaluation };
}
