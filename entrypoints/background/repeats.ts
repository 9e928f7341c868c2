import type { ExtractedCourse } from '../../lib/extract/schema';

/**
 * Remembers each tab's last finding so the worker can drop a repeat of it: a page that keeps
 * re-rendering the same catalog (or a detector injected again) costs one check, not a stored
 * copy, a toolbar update and a badge injection each time. Memory only: after the worker restarts,
 * the first finding of each tab is simply handled in full again.
 */
export function repeatFilter() {
  const last = new Map<number, string>();
  return {
    /** True when this tab already reported exactly these courses at this address. */
    isRepeat(tabId: number, url: string, courses: readonly ExtractedCourse[]): boolean {
      const key = `${url}\u0000${JSON.stringify(courses)}`;
      if (last.get(tabId) === key) return true;
      last.set(tabId, key);
      return false;
    },
    forget: (tabId: number) => void last.delete(tabId),
  };
}
