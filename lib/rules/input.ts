import type { Outline } from '../outlines';
import type { Course, Credential, Prescription, Profile } from './model';

/** Everything the rules read; the store's `loadRulesInput()` returns exactly this. */
export interface RulesInput {
  profile: Profile;
  credentials: Credential[];
  prescriptions: Prescription[];
  courses: Course[];
  outlineOverrides: Outline[];
}
