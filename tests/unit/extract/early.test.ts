import { describe, expect, it } from 'vitest';
import { extractCourseBlocks, type CourseBlock } from '../../../lib/extract';
import { loadFixture, parse } from './load';

/** The reading's result, and every early hand-off it made on the way. */
function read(name: string): { blocks: CourseBlock[]; early: CourseBlock[][] } {
  const { doc, url } = loadFixture(name);
  const early: CourseBlock[][] = [];
  const blocks = extractCourseBlocks(doc, url, { early: (b) => early.push(b) });
  return { blocks, early };
}

describe('early: a catalog’s first listings before the rest are read', () => {
  it('a 200-listing catalog hands over its first 8 courses once: the first 8 of the result, the same listings', () => {
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

  // Pages long enough for the early look to run on their first lines (150 read, in steps of 512 nodes).
  const page = (main: string) => `<!doctype html><html><head><title>Northwind Imaging Education</title></head><body><main>${main}</main></body></html>`;
  const listing = (i: number, href: string, filler = 0) =>
    `<li class="course"><h3><a href="${href}">Chest CT Review ${i}</a></h3><p>1.5 Category A credits · $20.00</p>${'<p>Cases read with the instructor.</p>'.repeat(filler)}<p>CT – Radiation Safety and Dose: 1.5</p></li>`;
  const grid = (n: number, href: (i: number) => string, filler = 0) => `<ul class="cards">${Array.from({ length: n }, (_, i) => listing(i, href(i), filler)).join('')}</ul>`;
  const readPage = (html: string, url = 'https://ce.example.org/courses/') => {
    const early: CourseBlock[][] = [];
    const blocks = extractCourseBlocks(parse(html, url), url, { early: (b) => early.push(b) });
    return { blocks, early };
  };

  it('a listing its first lines cut short is not among them: the first 8 are the whole reading’s, distribution and all', () => {
    // About 63 lines a listing: the first look’s lines end inside the eighth.
    const { blocks, early } = readPage(page(`<h1>All courses</h1>${grid(20, (i) => `c-${i}.html`, 60)}`));
    expect(blocks).toHaveLength(20);
    expect(early).toHaveLength(1);
    expect(early[0]).toEqual(blocks.slice(0, 8));
  });

  it('nothing early from a long course page whose heading states its credits above a grid of other courses, or from long results linking to other sites', () => {
    const course = readPage(page(`<div class="hero"><h1>Pediatric CT Dose</h1><p>2 ARRT Category A credits · $30.00 · Enroll</p></div>${grid(200, (i) => `c-${i}.html`)}`));
    expect(course.early).toEqual([]);
    expect(course.blocks.map((b) => b.course.title)).toEqual(['Pediatric CT Dose']);
    const results = readPage(page(`<h1>Search results</h1>${grid(200, (i) => `https://site-${i}.example.com/course.html`)}`), 'https://search.example.net/?q=ct');
    expect(results.early).toEqual([]);
    expect(results.blocks).toEqual([]);
  });
});
