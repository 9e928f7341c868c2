import type { Reason } from './evidence';
import type { ExtractedCourse } from './schema';

/** A course, the element it was read from (the badge goes there), and why it was taken for a course. */
export interface CourseBlock {
  course: ExtractedCourse;
  element: Element;
  reasons: Reason[];
}

/** The most listings one page can send (the message schema's limit). */
export const MAX_COURSES = 500;

/** Each course once (a page may repeat a listing), at most as many as one message may carry. */
export function distinct(blocks: readonly CourseBlock[]): CourseBlock[] {
  const out: CourseBlock[] = [];
  const seen = new Set<string>();
  for (const b of blocks) {
    const key = `${b.course.title}\u0000${b.course.url}`;
    if (!seen.has(key) && out.length < MAX_COURSES) {
      seen.add(key);
      out.push(b);
    }
  }
  return out;
}
