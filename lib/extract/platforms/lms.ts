import type { SiteFormat } from './site';

/**
 * Learning platforms (LearnDash-, Moodle-, Thinkific-, Tutor-like): a course page with a
 * course-info box of label/value lines, and course grids (sponsor-pages.md).
 */
export const lms: SiteFormat = {
  detect: (doc) =>
    doc.querySelector('.learndash, .ld-course-status, .sfwd-courses, .tutor-course-details-page, #page-course-view, .course-landing, [class*="course-info"], [class*="course-details"]') !==
    null,
  pageSelector: '.course-landing, .tutor-course-details-page, .sfwd-courses, .ld-course, #page-course-view, .course',
  titleSelector: 'h1',
  priceSelector: '.course-price, .ld-course-status-price, .tutor-course-price, [class*="price"]',
  listingSelector: '.ld-course-list-items > *, .tutor-course-card, .course-card, .course-list-item, .coursebox',
  listingTitleSelector: '.course-title, .card-title, h2, h3, h4',
  listingPriceSelector: '[class*="price"]',
};
