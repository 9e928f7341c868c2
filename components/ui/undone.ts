import type { CourseStatus } from '../../lib/rules/model';

/** What an undone save left (the course's status now; null: not saved), said the same in the panel and the popup. */
export const undoneMessage = (status: CourseStatus | null) => (status ? `Undone: back to ${status}.` : 'Undone: this course is not saved.');
