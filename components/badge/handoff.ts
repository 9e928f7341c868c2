import type { CourseBlock } from '../../lib/extract';

/** The tag of every badge's host element (the detector tells its own badges from the page's changes). */
export const BADGE_HOST = 'ce-companion-badge';

/** What the detector found, handed to the badge script. */
export interface PageCourses {
  blocks: CourseBlock[];
  /**
   * Resolves once the worker holds the tab's check of these courses (what the panel's and the
   * chips' frames read): true if it checked them, false if it could not. What the page states shows before that.
   */
  checked: Promise<boolean>;
}

/**
 * The detector and the badge script run in the same isolated world (the extension's, per frame),
 * so they share this global; the page's own scripts live in another world and cannot see it.
 * Its key is a symbol: page markup (`<form id="__ceCompanionPageCourses">`) can clobber a
 * string-named global through the window's named properties, never a symbol-keyed one.
 * The worker injects the badge script before the reader, so the badge is listening when the
 * detector hands it findings; should it not be (it has not started), the latest findings are
 * kept for it, and handed at once to one that is listening. A page that changes (a single-page
 * app) gets new findings, or `null` when it shows no course any more.
 */
const KEY = Symbol.for('ce-companion.page-courses');
interface Slot {
  latest: PageCourses | null;
  listener?: (found: PageCourses | null) => void;
  /** Resolves the hand-off of `latest` while no badge script has taken it. */
  taken?: () => void;
}

function slot(): Slot {
  const holder = globalThis as unknown as Record<symbol, Slot | undefined>;
  return (holder[KEY] ??= { latest: null });
}

/** Resolves once a badge script has taken these findings (at once if one is listening), or newer ones replaced them. */
export function leaveForBadge(found: PageCourses | null): Promise<void> {
  const s = slot();
  s.taken?.();
  s.latest = found;
  if (s.listener) {
    delete s.taken;
    s.listener(found);
    return Promise.resolve();
  }
  return new Promise((resolve) => (s.taken = resolve));
}

/** The badge script listens for findings, starting with the latest if there are any; the returned function stops it. */
export function onFindings(listener: (found: PageCourses | null) => void): () => void {
  const s = slot();
  s.listener = listener;
  s.taken?.();
  delete s.taken;
  if (s.latest) listener(s.latest);
  return () => {
    if (s.listener === listener) delete s.listener;
  };
}

/** Whether a badge script is listening on this page. */
export function badgeListening(): boolean {
  return slot().listener !== undefined;
}
