import type { DBSchema } from 'idb';
import type { Outline } from '../outlines';
import type { Course, Credential, Prescription, Profile } from '../rules';
import type { Certificate } from './certificate';

export const DB_NAME = 'ce-companion';
/**
 * v1: the first shipped schema; v2: course fingerprints, credits in hundredths, outline overrides;
 * v3: one record per completion (the fingerprint index is no longer unique), `trackingSince`.
 */
export const DB_VERSION = 3;

export type StoredOutline = Outline & { key: string };

export interface CeDB extends DBSchema {
  profile: { key: string; value: Profile };
  credentials: { key: string; value: Credential };
  prescriptions: { key: string; value: Prescription; indexes: { credentialId: string } };
  courses: { key: string; value: Course; indexes: { fingerprint: string; status: string } };
  certificates: { key: string; value: Certificate; indexes: { courseId: string } };
  outlineOverrides: { key: string; value: StoredOutline };
  meta: { key: string; value: unknown };
  /** Records a migration could not make valid: kept, never dropped, shown to the user. */
  quarantine: { key: string; value: { store: string; record: unknown; reason: string } };
}

export const DATA_STORES = ['profile', 'credentials', 'prescriptions', 'courses', 'certificates', 'outlineOverrides', 'meta'] as const;
