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
 * The worker injects the badge script while it works out its reply, so either side may come
 * first: the findings wait for the badge script, or the badge script waits for them.
 */
const KEY = '__ceCompanionPageCourses';
interface Slot {
  found?: PageCourses;
  waiting?: (found: PageCourses) => void;
  clear?: () => void;
}

function slot(): Slot {
  const holder = globalThis as { [KEY]?: Slot };
  return (holder[KEY] ??= {});
}

export function leaveForBadge(found: PageCourses): void {
  const s = slot();
  if (s.waiting) s.waiting(found);
  else s.found = found;
}

export function takeForBadge(): Promise<PageCourses> {
  const s = slot();
  const found = s.found;
  if (found) {
    delete s.found;
    return Promise.resolve(found);
  }
  return new Promise((resolve) => {
    s.waiting = (f) => {
      delete s.waiting;
      resolve(f);
    };
  });
}

/** The badge script's way to take its badges down, for when a single-page app moves on. */
export function whenCleared(clear: () => void): void {
  slot().clear = clear;
}

/** Takes down what the badge script shows, and drops findings it has not shown yet. */
export function clearBadges(): void {
  const s = slot();
  s.clear?.();
  delete s.clear;
  delete s.found;
}
