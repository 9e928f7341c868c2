import { bench, describe } from 'vitest';
import { extractCourses } from '../../lib/extract';
import { isLikelyCePage } from '../../lib/extract/likely-ce-page';
import { loadFixture } from '../unit/extract/load';

// In jsdom, which is many times slower than a browser's DOM: the browser figures are in BENCHMARKS.md's browser section.
describe('extraction in jsdom (relative figures; the browser benchmark has the real ones)', () => {
  const catalog = loadFixture('catalog-200.html');
  const course = loadFixture('course-ct-safety.html');
  const large = loadFixture('large-non-ce.html');
  bench('extract a 200-listing catalog', () => void extractCourses(catalog.doc, catalog.url), { iterations: 10 });
  bench('extract a course page', () => void extractCourses(course.doc, course.url));
  bench('first look at a large non-CE page', () => void isLikelyCePage(large.doc));
});
