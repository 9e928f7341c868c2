import type { Reason } from './evidence';
import type { ExtractedCourse } from './schema';

/** A course, the element it was read from (the badge goes there), and why it was taken for a course. */
export interface CourseBlock {
  course: ExtractedCourse;
  element: Element;
  reasons: Reason[];
}
