import { z } from 'zod';
import { ExtractedCourse } from '../extract/schema';
import { Distribution } from '../outlines';
import { Coverage, CourseStatus } from '../rules';
import { IsoDate } from '../units/schemas';
import { CHIP_EVENT, PANEL_OPEN } from './badge-events';

/**
 * Every message between content script, extension pages and the worker, validated on receipt
 * (DESIGN.md, "Types from schemas"). Certificates travel as base64: runtime messages are JSON.
 */

/** A 20 MiB certificate is ~28 M base64 characters. */
const MAX_CERTIFICATE_BASE64 = 28_000_000;

export const CheckCourses = z.object({
  type: z.literal('check-courses'),
  url: z.string().max(4096),
  courses: z.array(ExtractedCourse).max(500),
});

/**
 * The detector found a page that looks like CE: the worker injects the badge script and the reader
 * script (the reading of courses, which the detector then runs) into the sender's frame, and
 * replies once they ran. The badge shows nothing until it has courses.
 */
export const LoadBadge = z.object({ type: z.literal('load-badge') });

/**
 * Saves a course the tab's detector reported: the message names it by fingerprint and carries the
 * user's choices; the worker takes the course itself from the tab's last check, so what is saved
 * is what the badge showed. `tabId` for extension pages (the popup); a content script's own tab otherwise.
 */
export const SaveCourse = z.object({
  type: z.literal('save-course'),
  fingerprint: z.string().min(1).max(400),
  tabId: z.number().int().nonnegative().optional(),
  status: z.enum(['planned', 'completed']),
  completedOn: IsoDate.nullable(),
  /** A distribution the user confirmed (e.g. an accepted estimate); replaces the page's. */
  confirmedDistribution: Distribution.nullable().default(null),
  certificate: z.object({ name: z.string().max(300), type: z.string().max(100), base64: z.string().max(MAX_CERTIFICATE_BASE64) }).nullable(),
});

/**
 * Undoes the last save of a course on the tab's page (the panel's or the popup's "Undo"): named by
 * the tab's course (its fingerprint, checked against the tab's last findings, as a save is) and the
 * record that save returned. The store puts back exactly what the save changed.
 */
export const UndoSave = z.object({
  type: z.literal('undo-save'),
  fingerprint: z.string().min(1).max(400),
  courseId: z.string().min(1).max(100),
  tabId: z.number().int().nonnegative().optional(),
});
/** Removes the tab's course from the plan (its planned record). */
export const RemoveFromPlan = z.object({ type: z.literal('remove-from-plan'), fingerprint: z.string().min(1).max(400), tabId: z.number().int().nonnegative().optional() });

/** A tab's findings: the popup names the tab; the panel's frame leaves it out and gets its own tab's (Firefox gives a web-accessible frame no `tabs` API to learn its tab). */
export const TabCourses = z.object({ type: z.literal('tab-courses'), tabId: z.number().int().nonnegative().optional() });
/**
 * A catalog listing's chip frame asks for its listing's check: by its index among the courses the
 * tab's detector reported (the same index the badge script put in the frame's URL). The tab is the
 * sender's own, never named in the message: a chip reads only the tab it is shown in.
 */
export const ListingChip = z.object({ type: z.literal('listing-chip'), index: z.number().int().nonnegative().max(499) });
/** A frame's word for the badge script that hosts it (see badge-events.ts), relayed by the worker to the sender's own tab. */
export const PanelOpen = z.object({ type: z.literal(PANEL_OPEN), open: z.boolean() });
export const ChipEvent = z.object({ type: z.literal(CHIP_EVENT), index: z.number().int().nonnegative().max(499), event: z.enum(['painted', 'open']) });
export type PanelOpen = z.infer<typeof PanelOpen>;
export type ChipEvent = z.infer<typeof ChipEvent>;
export const TellBadge = z.object({ type: z.literal('tell-badge'), event: z.discriminatedUnion('type', [PanelOpen, ChipEvent]) });
export type TellBadge = z.infer<typeof TellBadge>;
export const CheckActiveTab = z.object({ type: z.literal('check-active-tab') });
export const DataChanged = z.object({ type: z.literal('data-changed') });

export const Message = z.discriminatedUnion('type', [CheckCourses, LoadBadge, SaveCourse, UndoSave, RemoveFromPlan, TabCourses, ListingChip, TellBadge, CheckActiveTab, DataChanged]);
export type Message = z.infer<typeof Message>;
export type MessageInput = z.input<typeof Message>;

export const CourseCheck = z.object({
  fingerprint: z.string(),
  saved: z.object({ courseId: z.string(), status: CourseStatus }).nullable(),
  coverage: Coverage,
  /** Our guess when the page states no distribution: shown as estimated, for the user to confirm. */
  estimatedDistribution: Distribution.nullable(),
});
export type CourseCheck = z.infer<typeof CourseCheck>;

/** The worker's check of a tab's courses, kept as the tab's state: what the panel, the chips and the popup show. */
export const PageCheck = z.object({
  /** False until the user entered a birth month or a credential: the badge then invites setup. */
  setUp: z.boolean(),
  results: z.array(CourseCheck),
});

export const SaveCourseReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), courseId: z.string(), status: CourseStatus }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

/** After an undo or a removal from the plan: what the course is now (null: not saved). */
export const ChangeReply = z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), status: CourseStatus.nullable() }), z.object({ ok: z.literal(false), error: z.string() })]);

/** The latest save made from a tab's page (panel, chip or popup), which the popup offers to undo. */
export const LastSave = z.object({ fingerprint: z.string(), courseId: z.string(), status: CourseStatus });

/** A tab's last findings; `frameId` is the frame whose detector found them (where its badge is). */
export const TabCoursesReply = z
  .object({
    url: z.string(),
    courses: z.array(ExtractedCourse),
    check: PageCheck,
    frameId: z.number().int().nonnegative().optional(),
    lastSave: LastSave.nullable().optional(),
  })
  .nullable();
/**
 * One listing's check, with what its chip needs around it: whether it is among the listings that
 * fill the most of the user's gaps.
 */
export const ListingChipReply = z
  .object({ check: CourseCheck, setUp: z.boolean(), bestFit: z.boolean() })
  .nullable();
/** Whether the worker did it (the courses checked, the badge script injected, a word passed on). */
export const DoneReply = z.object({ ok: z.boolean() });
export const CheckActiveTabReply = z.object({ ok: z.boolean(), error: z.string().optional() });
export const DataChangedReply = z.object({ ok: z.literal(true) });

/** The reply schema of each message type: `send` validates what comes back against it. */
export const Replies = {
  // Only whether the courses were checked: what they mean for the user stays in the worker and our frames.
  'check-courses': DoneReply,
  'load-badge': DoneReply,
  'save-course': SaveCourseReply,
  'undo-save': ChangeReply,
  'remove-from-plan': ChangeReply,
  'tab-courses': TabCoursesReply,
  'listing-chip': ListingChipReply,
  'tell-badge': DoneReply,
  'check-active-tab': CheckActiveTabReply,
  'data-changed': DataChangedReply,
} as const;
export type ReplyOf<T extends Message['type']> = z.infer<(typeof Replies)[T]>;
