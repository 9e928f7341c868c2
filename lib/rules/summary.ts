import type { Evaluation } from './evaluation';
import type { RulesInput } from './input';
import { annualRenewal } from './birth-month';

/**
 * Everything the popup shows about the user's standing, small enough to keep precomputed: the
 * worker stores it after every change so the popup paints at once, then checks it against the
 * full data (which wins if they differ). Kept free of zod: the popup's first paint loads no schema.
 */
export interface Summary {
  today: string;
  firstRun: boolean;
  /** Birth month, and whether the biennium's start year is the user's own (else the popup asks). */
  birthMonth: number | null;
  /** Last day of the birth month, this year or next: the annual renewal. */
  renewal: string | null;
  evaluation: Evaluation;
}

/** Where the worker keeps it (extension storage, this computer only). */
export const SUMMARY_KEY = 'popup-summary';

export function summarize(input: RulesInput, evaluation: Evaluation): Summary {
  return {
    today: evaluation.today,
    firstRun: input.profile.birthMonth === null && input.credentials.length === 0,
    birthMonth: input.profile.birthMonth,
    renewal: input.profile.birthMonth === null ? null : annualRenewal(input.profile.birthMonth, evaluation.today).due,
    evaluation,
  };
}

/**
 * A stored summary if it is for `today` and has the shape the popup draws; null otherwise (the
 * popup then waits for the full data). The worker wrote it; this guards against an old format.
 */
export function summaryFor(value: unknown, today: string): Summary | null {
  const s = value as Partial<Summary> | null | undefined;
  const e = s?.evaluation;
  const ok = s?.today === today && typeof s.firstRun === 'boolean' && s.renewal !== undefined && s.birthMonth !== undefined && e?.today === today && Array.isArray(e.credentials) && Array.isArray(e.deadlines) && 'biennium' in e;
  return ok ? (s as Summary) : null;
}
