import { z } from 'zod';
import { addMonths, firstOfMonth, lastOfMonth, parseIso } from '../units/dates';
import { IsoDate } from '../units/schemas';
import type { Credential, Profile } from './model';

/** 24 credits per biennium whatever the number of credentials; R.R.A.s need 50 (docs/arrt-rules.md, Biennial CE). */
export const BIENNIUM_CREDITS = 2400;
export const RRA_BIENNIUM_CREDITS = 5000;
/** Sonography holders: 16 of the 24 must relate to sonography (same source; which credentials: docs/arrt-rules.md). */
export const SONOGRAPHY_CREDITS = 1600;
export const SONOGRAPHY_DISCIPLINES = ['S', 'VS', 'BS'] as const;

/**
 * How the biennium's start year was chosen: the user's own (from the ARRT dashboard), derived from
 * the first credential, or assumed (no data). Only `profile` is certain; the UI says so otherwise.
 */
export const BienniumBasis = z.enum(['profile', 'derived', 'assumed']);

export const BienniumDates = z.object({ start: IsoDate, end: IsoDate, basis: BienniumBasis });
export type BienniumDates = z.infer<typeof BienniumDates>;

/** Make-up period of CE probation after a biennium ends short: six months (docs/arrt-rules.md, CE probation). */
export const PROBATION_MONTHS = 6;

/** First day of the birth month to the last day of the month before it two years later (docs/arrt-rules.md). */
export function bienniumStartingIn(year: number, birthMonth: number): { start: IsoDate; end: IsoDate } {
  const start = firstOfMonth(year, birthMonth);
  const { year: ey, month: em } = parseIso(addMonths(start, 23));
  return { start, end: lastOfMonth(ey, em) };
}

/**
 * The biennium containing `today`. Bienniums run in a fixed two-year series; which years it
 * uses depends on when the R.T. was first certified. We take the series from the profile when the
 * user entered it; otherwise we assume [?] it starts at the first birth month after the earliest
 * credential was earned, and say so. With neither, the series is anchored once, on the year the user
 * set up the extension (`trackingSince`), so the estimate does not jump at New Year.
 */
export function bienniumAt(profile: Profile, credentials: readonly Credential[], today: IsoDate): BienniumDates | null {
  const month = profile.birthMonth;
  if (month === null) return null;
  const { year: todayYear } = parseIso(today);
  let anchor: number;
  let basis: BienniumDates['basis'];
  if (profile.bienniumStartYear !== null) {
    anchor = profile.bienniumStartYear;
    basis = 'profile';
  } else {
    const earned = credentials.map((c) => c.earnedOn).filter((d): d is IsoDate => d !== null).sort()[0];
    if (earned) {
      const e = parseIso(earned);
      anchor = e.month < month ? e.year : e.year + 1;
      basis = 'derived';
    } else {
      anchor = parseIso(profile.trackingSince ?? today).year;
      basis = 'assumed';
    }
  }
  // Latest series year whose birth-month start is on or before today.
  let year = todayYear - (((todayYear - anchor) % 2) + 2) % 2;
  if (firstOfMonth(year, month) > today) year -= 2;
  return { ...bienniumStartingIn(year, month), basis };
}

/** The biennium before `b` (same series, same basis). */
export function previousBiennium(b: BienniumDates, birthMonth: number): BienniumDates {
  return { ...bienniumStartingIn(parseIso(b.start).year - 2, birthMonth), basis: b.basis };
}

/** Last day to make up a biennium's deficit: the last day of the sixth month after it ended [?]. */
export function probationDeadline(bienniumEnd: IsoDate): IsoDate {
  const { year, month } = parseIso(addMonths(bienniumEnd, PROBATION_MONTHS));
  return lastOfMonth(year, month);
}
