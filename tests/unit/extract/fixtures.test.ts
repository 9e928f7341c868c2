import { describe, expect, it } from 'vitest';
import { extractCourses } from '../../../lib/extract';
import { isLikelyCePage } from '../../../lib/extract/likely-ce-page';
import { ExtractedCourse } from '../../../lib/extract/schema';
// @ts-expect-error -- plain ESM fixture generator without types
import { catalogListing } from '../../fixtures/generate.mjs';
import { FIXTURE_ORIGIN, loadFixture, parse } from './load';

const extract = (name: string) => {
  const { doc, url } = loadFixture(name);
  const courses = extractCourses(doc, url);
  for (const c of courses) expect(ExtractedCourse.safeParse(c).success).toBe(true);
  return courses;
};
const at = (path: string) => `${FIXTURE_ORIGIN}/${path}`;

describe('course pages: one course, every stated fact, distribution mapped onto the outlines', () => {
  it('hand-built page: facts table, JSON-LD, distribution table; banner, FAQ and footer ignored', () => {
    expect(extract('course-ct-safety.html')).toEqual([
      {
        title: 'Pediatric CT Dose Optimization',
        sponsor: 'Northwind Imaging Education',
        url: at('course-ct-safety.html'),
        credits: 150,
        category: 'A',
        approvalNumber: 'NWE24010077',
        approvedBy: 'ASRT',
        expires: '2027-10-25',
        disciplines: ['CT'],
        price: '$24.00',
        distribution: [
          { discipline: 'CT', category: 'Safety', subcategory: 'Radiation Safety and Dose', credits: 100 },
          { discipline: 'CT', category: 'Image Production', subcategory: 'Image Formation', credits: 50 },
        ],
        description: 'Home-study CE for CT technologists on adjusting dose for children.',
        format: 'home-study',
        kind: 'page',
      },
    ]);
  });

  it('definition list, "Cat. A+", written date, distribution list with "Rad Safety & Dose" and ".5"', () => {
    const [c] = extract('course-ct-procedures.html');
    expect(c).toMatchObject({
      title: 'CT of the Abdomen & Pelvis: Protocols That Work',
      sponsor: 'Lakeshore CE',
      credits: 200,
      category: 'A+',
      approvedBy: 'AHRA / RCEEM',
      expires: '2028-03-31',
      disciplines: ['CT'],
      price: '$38.50',
      distribution: [
        { discipline: 'CT', category: 'Procedures', subcategory: 'Abdomen and Pelvis', credits: 150 },
        { discipline: 'CT', category: 'Safety', subcategory: 'Radiation Safety and Dose', credits: 50 },
      ],
    });
  });

  it('no distribution on the page: an empty list (the worker estimates), expiry relative to purchase is no date', () => {
    expect(extract('course-no-distribution.html')).toEqual([
      expect.objectContaining({ title: 'MRI Safety Screening Essentials', credits: 100, category: 'A', disciplines: ['MR'], distribution: [], expires: null, format: 'home-study' }),
    ]);
  });

  it('WooCommerce product: sale price, attributes table, two entries on one line; related products ignored', () => {
    expect(extract('shop-woocommerce.html')).toEqual([
      expect.objectContaining({
        title: 'Radiation Protection for Radiographers',
        credits: 300,
        price: '$29.00',
        approvalNumber: 'PXC22110045',
        disciplines: ['R'],
        distribution: [
          { discipline: 'R', category: 'Safety', subcategory: 'Radiation Protection', credits: 200 },
          { discipline: 'R', category: 'Patient Care', subcategory: 'Patient Interactions and Management', credits: 100 },
        ],
      }),
    ]);
  });

  it('Shopify product: facts only in prose ("1 ½"), distribution in a sentence; announcement and recommendations ignored', () => {
    expect(extract('shop-shopify.html')).toEqual([
      expect.objectContaining({
        title: 'Mammography Positioning Refresher',
        credits: 150,
        category: 'A',
        approvalNumber: 'CTC25031102',
        expires: '2028-06-30',
        disciplines: ['M'],
        distribution: [
          { discipline: 'M', category: 'Procedures', subcategory: 'Mammographic Positioning and Procedures', credits: 75 },
          { discipline: 'M', category: 'Image Production', subcategory: 'Image Acquisition and Quality Assurance', credits: 75 },
        ],
      }),
    ]);
  });

  it('learning platform: label and value on separate lines in a sidebar; lessons are not listings', () => {
    expect(extract('lms-course.html')).toEqual([
      expect.objectContaining({
        title: 'Contrast Media Safety in CT',
        credits: 125,
        approvalNumber: 'SRL23090412',
        expires: '2027-09-30',
        price: '$21.00',
        distribution: [
          { discipline: 'CT', category: 'Patient Care', subcategory: 'Patient Interactions and Management', credits: 75 },
          { discipline: 'CT', category: 'Safety', subcategory: 'Radiation Safety and Dose', credits: 50 },
        ],
      }),
    ]);
  });

  it('old CT outline names map only when unambiguous; the rest is kept, unmapped', () => {
    const [c] = extract('old-outline.html');
    expect(c!.distribution).toEqual([
      { discipline: 'CT', category: 'Safety', subcategory: 'Radiation Safety and Dose', credits: 50 },
      { discipline: 'CT', category: 'Image Production', subcategory: 'Physics and Instrumentation', credits: 50, unmapped: true },
      { discipline: 'CT', category: 'Patient Care', subcategory: 'Patient Interactions and Management', credits: 25 },
    ]);
  });

  it('several disciplines in one table, with a merged discipline cell', () => {
    const [c] = extract('multi-discipline.html');
    expect(c).toMatchObject({ credits: 250, disciplines: ['CT', 'MR'] });
    expect(c!.distribution).toEqual([
      { discipline: 'CT', category: 'Safety', subcategory: 'Radiation Safety and Dose', credits: 100 },
      { discipline: 'CT', category: 'Patient Care', subcategory: 'Patient Interactions and Management', credits: 25 },
      { discipline: 'MR', category: 'Safety', subcategory: 'MRI Screening and Safety', credits: 100 },
    ]);
  });
});

describe('catalogs: one course per listing', () => {
  it('card grid: six listings with "1 ½", ".25", "Cat. A", "contact hours"; the sidebar and sale banner are not listings', () => {
    const courses = extract('catalog.html');
    expect(courses.map((c) => [c.title, c.credits, c.category, c.price, c.kind])).toEqual([
      ['Pediatric CT Dose Optimization', 150, 'A', '$24.00', 'listing'],
      ['CT of the Abdomen & Pelvis: Protocols That Work', 200, 'A+', '$38.50', 'listing'],
      ['Neck and Chest CT Angiography', 150, 'A', '$27.00', 'listing'],
      ['Image Evaluation and Archiving in CT', 25, 'A', '$6.00', 'listing'],
      ['MRI Safety Screening Essentials', 100, 'A', '$15.00', 'listing'],
      ['MRI Sequence Parameters Made Simple', 325, 'A', '$44.00', 'listing'],
    ]);
    expect(courses[0]!.url).toBe(at('course-ct-safety.html'));
    // "CT – Neck and Chest: 1.5" on a card is a distribution entry without a heading to announce it.
    expect(courses[2]!.distribution).toEqual([{ discipline: 'CT', category: 'Procedures', subcategory: 'Neck and Chest', credits: 150 }]);
  });

  it('course table with a header row: "1.50" and "21.75"', () => {
    expect(extract('catalog-table.html').map((c) => [c.title, c.credits, c.category, c.price])).toEqual([
      ['Venipuncture for Technologists', 100, 'A', '$12.00'],
      ['PACS and Image Archiving', 150, 'A+', '$18.00'],
      ['CT of the Head and Spine', 2175, 'A', '$94.50'],
    ]);
  });

  it('WooCommerce shop grid: sale price, "CEU"; a product without credits is not a course', () => {
    expect(extract('shop-woocommerce-catalog.html').map((c) => [c.title, c.credits, c.price])).toEqual([
      ['Radiation Protection for Radiographers', 300, '$29.00'],
      ['Fluoroscopy Safety', 200, '$19.00'],
      ['Ethics and Professionalism', 100, '$9.00'],
    ]);
  });

  it('200 listings, each with its own credits, category and distribution line', () => {
    const courses = extract('catalog-200.html');
    expect(courses).toHaveLength(200);
    courses.forEach((c, i) => {
      const l = catalogListing(i) as { title: string; credits: number; category: string; distribution: string };
      expect([c.title, c.credits, c.category]).toEqual([l.title, l.credits * 100, l.category === 'Category A+' ? 'A+' : 'A']);
      // Every fifth listing has a line "CT – Radiation Safety and Dose: 0.25", with no heading to announce it.
      expect(c.distribution).toEqual(l.distribution ? [{ discipline: 'CT', category: 'Safety', subcategory: 'Radiation Safety and Dose', credits: l.credits * 100 }] : []);
    });
  });
});

describe('pages that are not courses give nothing', () => {
  it.each(['news.html', 'faq.html', 'search-engine.html', 'index.html', 'large-non-ce.html'])('%s', (name) => {
    expect(extract(name)).toEqual([]);
  });

  it('the cheap first look says no to a large page with no CE wording, yes to course pages', () => {
    const large = loadFixture('large-non-ce.html');
    expect(isLikelyCePage(large.doc)).toBe(false);
    for (const name of ['course-ct-safety.html', 'shop-shopify.html', 'catalog.html']) {
      const { doc } = loadFixture(name);
      expect(isLikelyCePage(doc)).toBe(true);
    }
  });
});

describe('hostile pages', () => {
  it('markup in the title stays text; absurd and negative numbers are ignored; a javascript: link is no URL', () => {
    expect(extract('hostile.html')).toEqual([
      expect.objectContaining({
        title: '<img src=x onerror="window.__pwned=1"> CT Dose Review',
        sponsor: 'Evil Sponsor',
        credits: 150,
        distribution: [{ discipline: 'CT', category: 'Safety', subcategory: 'Radiation Safety and Dose', credits: 50 }],
      }),
    ]);
  });

  it('a 3,000-deep, 60,000-element DOM is read within its budget without overflowing the stack', () => {
    expect(extract('hostile-huge.html')).toEqual([expect.objectContaining({ title: 'CT Dose Review', credits: 150 })]);
  }, 30_000);
});

describe('catalogs whose cards are not links', () => {
  const page = (cards: string) => parse(`<title>Courses</title><body><main><h1>Courses</h1>${cards}</main></body>`, at('cards.html'));
  it('three or more titled cards with prices are listings, at the catalog URL', () => {
    const cards = [1, 2, 3].map((i) => `<div class="card"><h3>Course ${i}</h3><p>${i}.5 CE credits · $${i}9.00</p></div>`).join('');
    expect(extractCourses(page(cards), at('cards.html')).map((c) => [c.kind, c.title, c.credits, c.price, c.url])).toEqual([
      ['listing', 'Course 1', 150, '$19.00', at('cards.html')],
      ['listing', 'Course 2', 250, '$29.00', at('cards.html')],
      ['listing', 'Course 3', 350, '$39.00', at('cards.html')],
    ]);
  });

  it('FAQ entries shaped like cards, without prices, are not courses', () => {
    const faq = ['How long is a course?', 'Are they approved?', 'Can I repeat one?'].map((q) => `<div class="q"><h3>${q}</h3><p>Most are 1.5 credits, Category A.</p></div>`).join('');
    expect(extractCourses(page(faq), at('cards.html'))).toEqual([]);
  });
});

describe('pages in other shapes (written after the first set, to try the readers on layouts they were not built on)', () => {
  /** The facts the badge and the worker use, in one row per course. */
  const rows = (name: string) =>
    extract(name).map((c) => [c.kind, c.title, c.url.replace(FIXTURE_ORIGIN, ''), c.credits, c.category, c.approvalNumber, c.approvedBy, c.expires, c.disciplines, c.price, c.format]);
  /** A catalog's listings: what a chip needs. */
  const listings = (name: string) => extract(name).map((c) => [c.kind, c.title, c.url.replace(FIXTURE_ORIGIN, ''), c.credits, c.category, c.disciplines, c.price]);

  it('learning platform whose sidebar stacks "Course details" over "Recently viewed": the details are read, the other courses are not', () => {
    expect(rows('lms-moodle-sidebar.html')).toEqual([['page', 'Fluoroscopy Dose Management', '/lms-moodle-sidebar.html', 200, 'A', 'PRL22050311', 'ASRT', '2027-06-30', ['R'], '$29.95', 'unknown']]);
  });

  it('landing page with a hero (heading, credits, "Enroll" link) and "You may also like" cards: one course, not a catalog', () => {
    expect(rows('course-landing-hero.html')).toEqual([['page', 'MRI Safety Zones and Screening', '/course-landing-hero.html', 175, 'A', null, null, null, ['MR'], '$34.00', 'home-study']]);
    expect(extract('course-landing-hero.html')[0]!.distribution).toEqual([
      { discipline: 'MR', category: 'Safety', subcategory: 'MRI Screening and Safety', credits: 125 },
      { discipline: 'MR', category: 'Patient Care', subcategory: 'Patient Interactions and Management', credits: 50 },
    ]);
  });

  it('table-layout page with credits in the heading and the facts in one paragraph', () => {
    expect(rows('course-table-layout.html')).toEqual([
      ['page', 'Contrast Media Safety (1.25 Category A Credits)', '/course-table-layout.html', 125, 'A', 'CMS19110042', 'ASRT', '2027-11-30', ['CT'], '$20.00', 'unknown'],
    ]);
  });

  it('"CEU\'s: 1 ½", member and non-member prices, a distribution announced by a bold line rather than a heading', () => {
    const [c] = extract('course-member-prices.html');
    expect(rows('course-member-prices.html')).toEqual([['page', 'Sectional Anatomy of the Brain', '/course-member-prices.html', 150, 'A', 'SAB21070815', 'ASRT', null, ['CT', 'MR'], '$18.00', 'unknown']]);
    // "Neurological" is not a name the MR outline uses: the entry stays at its category.
    expect(c!.distribution).toEqual([
      { discipline: 'CT', category: 'Procedures', subcategory: 'Head, Spine, and Musculoskeletal', credits: 100 },
      { discipline: 'MR', category: 'Procedures', credits: 50 },
    ]);
  });

  it('live webinar described as a schema.org Event', () => {
    expect(rows('live-webinar.html')).toEqual([['page', 'Breast Ultrasound Correlation', '/live-webinar.html', 100, 'A', 'TSS27020101', 'ASRT', null, ['BS'], '$15.00', 'live']]);
  });

  it('Shopify collection grid with the credits only in each title', () => {
    expect(listings('shop-shopify-catalog.html')).toEqual([
      ['listing', 'Bone Density Basics - 3 CE Credits', '/products/bone-density-basics', 300, null, ['BD'], '$36.00'],
      ['listing', 'Sonography Physics Review - 4.5 CE Credits', '/products/sono-physics', 450, null, ['S'], '$49.00'],
      ['listing', 'Venipuncture for Technologists – 1 CE Credit', '/products/venipuncture', 100, null, [], '$15.00'],
      ['listing', 'Ethics in Imaging (.5 credits)', '/products/ethics', 50, null, [], '$9.00'],
    ]);
  });

  it('minified shop grid: badges glued together ("CQR" + "2.25 CE") are read apart', () => {
    expect(listings('shop-woocommerce-minified-catalog.html')).toEqual([
      ['listing', 'Mammography Quality Control', '/product/mammo-qc/', 225, null, ['M'], '$27.00'],
      ['listing', 'CT of the Head and Neck', '/product/ct-head/', 300, null, ['CT'], '$33.00'],
      ['listing', 'Nuclear Medicine Radiation Safety', '/product/nm-safety/', 150, null, ['N'], '$19.00'],
    ]);
  });

  it('course table headed "CE Hrs" and "Cat."', () => {
    expect(listings('catalog-table-ce-hrs.html')).toEqual([
      ['listing', 'Digital Radiography Artifacts', '/c/101', 200, 'A', ['R'], '$22'],
      ['listing', 'Trauma Positioning Tips', '/c/102', 150, 'A', [], '$18'],
      ['listing', 'Interventional Radiation Protection', '/c/103', 300, 'A+', [], '$30'],
    ]);
    expect(isLikelyCePage(loadFixture('catalog-table-ce-hrs.html').doc)).toBe(true);
  });

  it('site logo in the <h1>, the title in a styled <div>, the credits in a tab panel not in front', () => {
    expect(rows('course-logo-h1-tabs.html')).toEqual([['page', 'Radiation Biology Refresher', '/course-logo-h1-tabs.html', 125, 'A', 'RLO23040212', 'ASRT', null, [], '$16.00', 'home-study']]);
  });

  it('course list of <article>s with "Read more" links, beside a credit filter that is not a listing', () => {
    expect(listings('catalog-articles-filters.html')).toEqual([
      ['listing', 'PACS Administration Basics', '/courses/pacs', 200, 'A', [], null],
      ['listing', 'Digital QC for Technologists', '/courses/qc', 100, 'A', [], null],
      ['listing', 'Pediatric Positioning', '/courses/peds', 150, 'A+', [], null],
    ]);
  });

  it('grid of cards that are each one link', () => {
    expect(listings('catalog-link-cards.html')).toEqual([
      ['listing', 'Angiography Essentials', '/c/angio', 250, null, [], '$30'],
      ['listing', 'IR Radiation Safety', '/c/ir-safety', 100, null, [], '$15'],
      ['listing', 'Vascular Access Devices', '/c/vasc-access', 125, null, [], '$18'],
    ]);
  });

  it('cards whose facts are definition lists ("Credits" then "2" on the next line)', () => {
    expect(listings('catalog-definition-lists.html')).toEqual([
      ['listing', 'Doppler Principles', '/course/ultrasound-doppler', 200, 'A', [], '$24'],
      ['listing', 'CT Contrast Timing', '/course/ct-contrast', 150, 'A+', ['CT'], '$19'],
      ['listing', 'MRI Artifacts', '/course/mri-artifacts', 100, 'A', ['MR'], '$14'],
    ]);
  });

  it('a one-paragraph page: "approved for one (1) ARRT Category A credit", a fee and a cart link', () => {
    expect(rows('course-one-paragraph.html')).toEqual([['page', 'Lumbar Spine Radiography', '/course-one-paragraph.html', 100, 'A', null, 'ASRT', null, ['R'], '$12', 'home-study']]);
  });

  it('facts table written across: a header row over one row of values', () => {
    expect(rows('course-facts-across.html')).toEqual([['page', 'Hip and Pelvis Positioning', '/course-facts-across.html', 200, 'A', null, null, '2027-12-31', [], '$22.00', 'unknown']]);
  });

  it('a sponsor\'s home page: a hero ("Earn your 24 credits today") over featured courses, which are the listings', () => {
    expect(listings('sponsor-home.html')).toEqual([
      ['listing', 'CT Basics', '/courses/ct-basics', 300, null, ['CT'], '$27'],
      ['listing', 'MR Safety', '/courses/mr-safety', 150, null, ['MR'], '$15'],
      ['listing', 'Mammography Positioning', '/courses/mammo-positioning', 200, null, ['M'], '$20'],
    ]);
  });

  it('a bundle whose heading states its credits is one course, not a catalog of the courses it includes', () => {
    expect(rows('course-bundle.html')).toEqual([['page', 'CT Registry Review Bundle — 12 Category A Credits', '/course-bundle.html', 1200, 'A', null, null, null, ['CT'], '$99', 'unknown']]);
  });

  it('distribution entries after commas, and categories in parentheses after a discipline', () => {
    expect(extract('course-distribution-commas.html')[0]!.distribution).toEqual([
      { discipline: 'CT', category: 'Patient Care', subcategory: 'Patient Interactions and Management', credits: 50 },
      { discipline: 'CT', category: 'Safety', subcategory: 'Radiation Safety and Dose', credits: 100 },
      { discipline: 'CT', category: 'Image Production', credits: 100 },
      { discipline: 'CT', category: 'Procedures', credits: 50 },
    ]);
  });

  it('a CQR credit in prose for one discipline and a "Modality | Content Area | Credits" table for another', () => {
    const [c] = extract('course-distribution-modality-table.html');
    expect(c!.disciplines).toEqual(['CT', 'R']);
    expect(c!.distribution).toEqual([
      { discipline: 'CT', category: 'Safety', subcategory: 'Radiation Safety and Dose', credits: 50 },
      { discipline: 'R', category: 'Patient Care', subcategory: 'Patient Interactions and Management', credits: 100 },
      { discipline: 'R', category: 'Safety', credits: 50 },
    ]);
  });

  it('blog article with "Credits: 0", requirement talk and a course named in passing: nothing', () => {
    expect(extract('blog-article.html')).toEqual([]);
  });
});
