import { describe, expect, it } from 'vitest';
import { extractCourseBlocks, type CourseBlock } from '../../../lib/extract';
import { loadFixture } from './load';

/** The reading's result, and every early hand-off it made on the way. */
function read(name: string): { blocks: CourseBlock[]; early: CourseBlock[][] } {
  const { doc, url } = loadFixture(name);
  const early: CourseBlock[][] = [];
  const blocks = extractCourseBlocks(doc, url, { early: (b) => early.push(b) });
  return { blocks, early };
}

describe('early: a catalog’s first listings before the rest are read', () => {
  it('a 200-listing catalog hands over its first 8 courses once: the first 8 of the result, the same objects', () => {
    const { blocks, early } = read('catalog-200.html');
    expect(blocks).toHaveLength(200);
    expect(early).toHaveLength(1);
    expect(early[0]).toEqual(blocks.slice(0, 8));
    early[0]!.forEach((b, i) => expect(b.element).toBe(blocks[i]!.element));
  });

  it('a 1,000-listing catalog hands them over before the rest of its text is read: listings gone meanwhile are not read', () => {
    const { doc, url } = loadFixture('catalog-1000.html');
    let early: CourseBlock[] | undefined;
    const blocks = extractCourseBlocks(doc, url, {
      early: (b) => {
        early = b;
        // The page moves on while its first chips show: all but its first 100 listings go.
        [...doc.querySelectorAll('li.course')].slice(100).forEach((li) => li.remove());
      },
    });
    expect(early).toEqual(blocks.slice(0, 8));
    expect(blocks.length).toBeGreaterThanOrEqual(8);
    expect(blocks.length).toBeLessThanOrEqual(100);
  });

  it('nothing early from a catalog of fewer listings, a course page, or a page of links to other sites', () => {
    for (const name of ['catalog.html', 'course-ct-safety.html', 'search-engine.html', 'news.html']) expect(read(name).early, name).toEqual([]);
  });
});
