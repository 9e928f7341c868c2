import { lastOfMonth, parseIso, type IsoDate } from '../units/dates';
import type { Profile } from './model';

/**
 * The next annual renewal: due by the last day of the birth month, every year (arrt-rules.md,
 * Annual renewal). Null until the birth month is known.
 */
export function nextRenewal(profile: Pick<Profile, 'birthMonth'>, today: IsoDate): IsoDate | null {
  if (profile.birthMonth === null) return null;
  const { year } = parseIso(today);
  const thisYear = lastOfMonth(year, profile.birthMonth);
  return thisYear >= today ? thisYear : lastOfMonth(year + 1, profile.birthMonth);
}
