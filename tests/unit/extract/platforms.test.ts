import { describe, expect, it } from 'vitest';
import { extractCourseBlocks, extractCourses } from '../../../lib/extract';
import { ExtractedCourse } from '../../../lib/extract/schema';
import { FIXTURE_ORIGIN, loadFixture, parse } from './load';

/**
 * Fixtures written on real platforms' templates (each cites its template at the top), one per
 * class of page the recognizer missed or misread on pages nobody on the team wrote (issue #14).
 */
const extract = (name: string, asked = false) => {
  const { doc, url } = loadFixture(name);
  const courses = extractCourses(doc, url, { asked });
  for (const c of courses) expect(ExtractedCourse.safeParse(c).success).toBe(true);
  return courses;
};
const at = (path: string) => `${FIXTURE_ORIGIN}/${path}`;

describe('platform templates: one course each, with its facts', () => {
  it("Shopify Dawn: the title once (not the h1 and its hidden h2 twin), no visually-hidden price labels; cart drawer and recommendations ignored (classes 1, 2)", () => {
    expect(extract('shop-shopify-dawn.html')).toEqual([
      expect.objectContaining({
        title: 'CT Contrast Reactions: Recognize and Respond',
        credits: 125,
        category: 'A',
        approvalNumber: 'TIC25020118',
        expires: '2028-09-30',
        price: '$32.00 USD',
        distribution: [{ discipline: 'CT', category: 'Patient Care', subcategory: 'Patient Interactions and Management', credits: 125 }],
      }),
    ]);
  });

  it('WooCommerce Storefront: a distribution listed in the short description across two disciplines (class 5)', () => {
    expect(extract('shop-woocommerce-storefront.html')).toEqual([
      expect.objectContaining({
        title: 'Safety Across CT and MR: Dose and Magnetic Field Hazards',
        credits: 300,
        price: '$39.00',
        disciplines: ['CT', 'MR'],
        distribution: [
          { discipline: 'CT', category: 'Safety', subcategory: 'Radiation Safety and Dose', credits: 150 },
          { discipline: 'MR', category: 'Safety', subcategory: 'MRI Screening and Safety', credits: 150 },
        ],
      }),
    ]);
  });

  it("Moodle's enrolment page: the course box's custom fields, the title from the page header (class 4)", () => {
    expect(extract('lms-moodle-enrol.html')).toEqual([
      expect.objectContaining({
        title: 'Fluoroscopy for the OR Technologist',
        credits: 200,
        category: 'A',
        approvalNumber: 'KRL24070210',
        distribution: [
          { discipline: 'R', category: 'Safety', subcategory: 'Radiation Protection', credits: 100 },
          { discipline: 'R', category: 'Image Production', subcategory: 'Equipment Operation and Quality Assurance', credits: 100 },
        ],
      }),
    ]);
  });

  it('old table site: the page\'s own course, not its "More Courses" sidebar; no <h1>, the title is the bold line (classes 3, 12)', () => {
    expect(extract('course-old-table-site.html')).toEqual([
      expect.objectContaining({ kind: 'page', title: 'Digital Image Exposure Indicators', credits: 250, category: 'A', approvalNumber: 'RHS23090044', price: '$28.00' }),
    ]);
  });

  it("society journal CE: credits in a sentence, no price, \"Take CE Test!\"; the technologists' row of a credit grid, not the physicians' AMA PRA (classes 6, 8, 9, 10)", () => {
    expect(extract('course-society-journal-ce.html')).toEqual([
      expect.objectContaining({
        title: 'Journal CE: Low-Dose CT Lung Screening Protocols',
        credits: 250,
        category: 'A',
        price: null,
        expires: '2029-02-28',
        distribution: [
          { discipline: 'CT', category: 'Safety', subcategory: 'Radiation Safety and Dose', credits: 150 },
          { discipline: 'CT', category: 'Procedures', subcategory: 'Neck and Chest', credits: 100 },
        ],
      }),
    ]);
  });

  it('ARRT "Targeted CE" written as flat lines: discipline, then categories and subcategories with credits; subtotals not counted twice (class 11)', () => {
    expect(extract('course-targeted-ce.html')).toEqual([
      expect.objectContaining({
        title: 'Mammography Positioning Problem-Solving',
        credits: 300,
        distribution: [
          { discipline: 'M', category: 'Patient Care', subcategory: 'Patient Interactions and Management', credits: 50 },
          { discipline: 'M', category: 'Image Production', subcategory: 'Image Acquisition and Quality Assurance', credits: 50 },
          { discipline: 'M', category: 'Procedures', subcategory: 'Mammographic Positioning and Procedures', credits: 200 },
        ],
      }),
    ]);
  });

  it('LearnDash: the infobar price and "Take this Course"; lessons are not listings', () => {
    expect(extract('lms-learndash-course.html')).toEqual([
      expect.objectContaining({ title: 'Sectional Anatomy of the Abdomen for CT', credits: 400, price: '$34', approvalNumber: 'CCA25040012', distribution: [{ discipline: 'CT', category: 'Procedures', subcategory: 'Abdomen and Pelvis', credits: 400 }] }),
    ]);
  });

  it('Tutor LMS: credits in the sidebar card beside a duration in hours', () => {
    expect(extract('lms-tutor-course.html')).toEqual([expect.objectContaining({ title: 'Bone Densitometry: Precision and Least Significant Change', credits: 150, price: '$22.00', disciplines: ['BD'] })]);
  });

  it('ASP.NET WebForms: the title in a label control, a credits field holding a bare number beside an icon (class 9)', () => {
    expect(extract('course-aspnet-webforms.html')).toEqual([expect.objectContaining({ title: 'Radiographic Positioning of the Trauma Patient', credits: 300, category: 'A', price: '$36.00' })]);
  });
});

describe('prose catalogs', () => {
  it('one heading and its paragraphs per offer, the same store link under each: three courses known by this page (class 10)', () => {
    expect(extract('catalog-prose-offers.html').map((c) => [c.kind, c.title, c.url, c.credits])).toEqual([
      ['listing', 'Sonography of the Pediatric Hip', at('catalog-prose-offers.html'), 150],
      ['listing', 'Breast Ultrasound Correlation with Mammography', at('catalog-prose-offers.html'), 200],
      ['listing', 'Scanning Ergonomics for a Long Career', at('catalog-prose-offers.html'), 100],
    ]);
  });
});

describe('pages that are not courses stay empty, even when asked', () => {
  it.each(['news-credits-article.html', 'requirements-page.html', 'job-ad.html', 'college-course-listing.html', 'blog-listing.html', 'faq.html', 'news.html', 'blog-article.html'])('%s', (name) => {
    expect(extract(name)).toEqual([]);
    expect(extract(name, true)).toEqual([]);
  });
});

describe('evidence, not a gate', () => {
  it('each course says why it was taken', () => {
    const { doc, url } = loadFixture('course-society-journal-ce.html');
    const [block] = extractCourseBlocks(doc, url);
    expect(block!.reasons.map((r) => r.why)).toEqual(expect.arrayContaining(['ARRT category', 'action to take it']));
    expect(block!.reasons.some((r) => /credits/.test(r.why) && r.weight > 0)).toBe(true);
  });

  it('a bare credit statement is not enough in passing, and is when the user asked ("Check this page")', () => {
    const doc = parse('<title>Hand Hygiene</title><main><h1>Hand Hygiene in Imaging</h1><p>A short reading worth 1 credit.</p></main>');
    const url = `${FIXTURE_ORIGIN}/hygiene.html`;
    expect(extractCourses(doc, url)).toEqual([]);
    expect(extractCourses(doc, url, { asked: true })).toEqual([expect.objectContaining({ title: 'Hand Hygiene in Imaging', credits: 100 })]);
  });

  it("physicians' AMA PRA Category 1 credit alone is not the R.T.'s; \"Category 1\" is no number of credits", () => {
    const doc = parse('<main><h1>Lung Nodules</h1><p>Designated for a maximum of 1.5 AMA PRA Category 1 Credits.</p><button>Register</button><p>Price: $40</p></main>');
    expect(extractCourses(doc, `${FIXTURE_ORIGIN}/x.html`, { asked: true })).toEqual([]);
  });
});
