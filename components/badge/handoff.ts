import type { CourseBlock } from '../../lib/extract';
import type { ReplyOf } from '../../lib/messages/schema';

/** What the detector found and the worker answered, handed to the badge script. */
export interface PageCourses {
  blocks: CourseBlock[];
  reply: ReplyOf<'check-courses'>;
}

/**
 * The detector and the badge script run in the same isolated world (the extension's, per frame),
 * so they share this global; the page's own scripts live in another world and cannot see it.
 */
const KEY = '__ceCompanionPageCourses';
type Holder = { [KEY]?: PageCourses };

export function leaveForBadge(found: PageCourses): void {
  (globalThis as Holder)[KEY] = found;
}

export function takeForBadge(): PageCourses | undefined {
  const found = (globalThis as Holder)[KEY];
  delete (globalThis as Holder)[KEY];
  return found;
}
