import { z } from 'zod';
import { Credits, IsoDate, Revision } from '../units/schemas';
import { DisciplineId } from '../outlines';
import { CourseFacts, text } from '../course/facts';

/**
 * The records the rules reason about. The store persists exactly these shapes (plus its own
 * bookkeeping); backup files and messages validate against them.
 */

const Id = z.string().min(1).max(100);

export const Profile = z.object({
  /** 1–12. The biennium runs from the first day of this month (docs/arrt-rules.md, Biennial CE). */
  birthMonth: z.number().int().min(1).max(12).nullable(),
  /**
   * The year the current biennium series started in (any start year of the series works).
   * ARRT's dashboard shows it; when unknown we derive it (see rules/biennium.ts).
   */
  bienniumStartYear: z.number().int().min(1950).max(2200).nullable().default(null),
  /**
   * The day the user first set up the extension. It anchors an estimated biennium series once (so
   * the estimate does not move at New Year) and says from when the user's records are complete
   * enough to speak of a missed biennium (CE probation).
   */
  trackingSince: IsoDate.nullable().default(null),
  /** Days before a deadline to remind; default per issue #5. */
  reminderLeadDays: z.array(z.number().int().min(1).max(730)).max(10).default([90, 30, 14]),
  /** For the audit report's heading only; optional, and like everything else never leaves this computer. */
  name: text(200).default(''),
  arrtId: text(20).default(''),
  updatedAt: Revision.optional(),
});
export type Profile = z.infer<typeof Profile>;

export const CredentialStatus = z.enum(['held', 'pursuing']);

export const Credential = z.object({
  id: Id,
  discipline: DisciplineId,
  /** Date the credential was earned; for a credential being pursued, may be null. */
  earnedOn: IsoDate.nullable(),
  /** `pursuing`: postprimary applicant doing structured education for this discipline. */
  status: CredentialStatus.default('held'),
  /** The CQR deadline printed on the user's ARRT dashboard, when it differs from our computation. */
  cqrDeadlineOverride: IsoDate.nullable().default(null),
  /**
   * The day ARRT recorded this credential's CQR as complete (the dashboard shows it). Only this rolls
   * the credential over to its next 10-year period: a passed deadline without it is a state of its own.
   */
  cqrCompletedOn: IsoDate.nullable().default(null),
  /** Planned application date for structured education (window is the 24 months before it). */
  applyBy: IsoDate.nullable().default(null),
  updatedAt: Revision.optional(),
});
export type Credential = z.infer<typeof Credential>;

export const PrescriptionItem = z.object({
  category: text(200).min(1),
  subcategory: text(200).min(1),
  credits: Credits.refine((c) => c > 0, 'a prescribed subcategory needs more than 0 credits'),
});
export type PrescriptionItem = z.infer<typeof PrescriptionItem>;

export const Prescription = z.object({
  id: Id,
  credentialId: Id,
  /** Date ARRT issued the prescription (SSA results); CE completed before it does not count. */
  issuedOn: IsoDate.nullable().default(null),
  items: z.array(PrescriptionItem).max(60),
  updatedAt: Revision.optional(),
});
export type Prescription = z.infer<typeof Prescription>;

export const CourseStatus = z.enum(['seen', 'planned', 'completed']);
export type CourseStatus = z.infer<typeof CourseStatus>;


/**
 * Activity kinds with their own ARRT rules (docs/arrt-rules.md, Biennial CE):
 * applications training at one's facility (cap 8/biennium; since 2024 biennial only),
 * ACLS/PALS (at most 6 credits, once a biennium), academic courses, and everything else.
 */
export const ActivityType = z.enum(['standard', 'applications-training', 'acls-pals', 'academic']);
export type ActivityType = z.infer<typeof ActivityType>;


/**
 * Where a distribution came from: read off the page (`stated`), typed or confirmed by the user
 * (`confirmed`), or guessed from outline words (`estimated`, never counted), or none known.
 */
export const DistributionBasis = z.enum(['stated', 'confirmed', 'estimated', 'none']);
export type DistributionBasis = z.infer<typeof DistributionBasis>;

/** A saved course: the course facts (lib/course/facts.ts) plus what the user recorded about it. */
export const Course = CourseFacts.extend({
  id: Id,
  /** Identity of the activity across saves: two tabs saving the same course meet here. */
  fingerprint: text(400).min(1),
  status: CourseStatus,
  url: text(2000).nullable().default(null),
  credits: Credits,
  distributionBasis: DistributionBasis.default('none'),
  activityType: ActivityType.default('standard'),
  completedOn: IsoDate.nullable().default(null),
  certificateId: Id.nullable().default(null),
  notes: text(2000).default(''),
  /** The last write (lib/units/schemas.ts, Revision); also orders history, never used as a calendar date. */
  updatedAt: Revision,
});
export type Course = z.infer<typeof Course>;
export type CourseInput = z.input<typeof Course>;
