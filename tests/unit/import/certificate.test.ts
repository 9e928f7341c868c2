import { describe, expect, it } from 'vitest';
import { readCertificate } from '../../../lib/import/certificate';
import { courseFromDraft, emptyDraft, type CourseDraft } from '../../../lib/import/course-draft';
import { certificateRows } from './pdf';

/** What each fixture certificate (tests/fixtures/certificates/make.mjs) states. */
const EXPECTED: Record<string, Partial<CourseDraft>> = {
  'table.pdf': { title: 'Pediatric CT Dose Optimization', sponsor: 'Northwind Imaging Education', completedOn: '2026-03-14', credits: '1.5', category: 'A', approvalNumber: 'NWE24010077', approvedBy: 'ASRT', format: 'home-study', distribution: [] },
  'prose.pdf': { title: 'Contrast Media Reactions: Recognize and Respond', sponsor: 'Lakeshore Radiology Learning', completedOn: '2026-03-03', credits: '1.5', category: 'A', approvalNumber: 'LRL00098765', approvedBy: 'ASRT', format: 'unknown', distribution: [] },
  'cqr-table.pdf': {
    title: 'CT Safety and Patient Care Review',
    sponsor: 'Bayside Modality Academy',
    completedOn: '2026-02-20',
    credits: '3',
    category: 'A+',
    approvalNumber: 'BMA02600112',
    approvedBy: 'ASRT',
    format: 'home-study',
    distribution: [
      { discipline: 'CT', category: 'Safety', subcategory: 'Radiation Safety and Dose', credits: '1.5' },
      { discipline: 'CT', category: 'Patient Care', subcategory: 'Patient Interactions and Management', credits: '1' },
      { discipline: 'CT', category: 'Image Production', subcategory: 'Image Formation', credits: '0.5' },
    ],
  },
  // Two columns side by side, a wrapped sponsor name, "1,5" credits and a day-first dotted date.
  'two-columns.pdf': { title: 'MRI Safety Zones in Practice', sponsor: 'Summit Sonography & Imaging CE', completedOn: '2026-01-21', credits: '1.5', category: 'A', approvalNumber: 'SSI-2026-0457', approvedBy: 'SMRT', format: 'live', distribution: [] },
  'landscape.pdf': { title: 'Breast Imaging Positioning Essentials', sponsor: 'Great Plains Radiologic Society', completedOn: '2025-12-05', credits: '2', category: 'A', approvalNumber: 'GPR00077001', approvedBy: 'AHRA', format: 'unknown', distribution: [] },
  // Form fields and document JavaScript: the text is read, the script never runs.
  'scripted.pdf': { title: 'Venipuncture for Imaging Staff', sponsor: 'Riverbend CE Online', completedOn: '2026-01-09', credits: '1', category: 'A', approvalNumber: 'RCE00055501', approvedBy: '', format: 'unknown', distribution: [] },
};

const TODAY = '2026-06-01';

describe('certificate reader over the fixture PDFs', () => {
  it.each(Object.entries(EXPECTED))('%s: every field as the certificate states it', async (file, expected) => {
    const reading = readCertificate(await certificateRows(file));
    expect(reading.readable).toBe(true);
    expect(reading.draft).toEqual({ ...emptyDraft(), ...expected });
  });

  it('the reading is a draft: it becomes a course only through the confirmed form, checked like any other', async () => {
    const { draft } = readCertificate(await certificateRows('cqr-table.pdf'));
    const confirmed = courseFromDraft(draft, TODAY);
    expect(confirmed.errors).toEqual([]);
    expect(confirmed.course).toMatchObject({ status: 'completed', credits: 300, completedOn: '2026-02-20', category: 'A+', distributionBasis: 'confirmed', disciplines: ['CT'] });
    // Read before its completion date, the same certificate is refused with the field named.
    expect(courseFromDraft(draft, '2026-01-01').errors.map((e) => e.field)).toEqual(['completedOn']);
  });

  it('a scanned certificate (an image, no text) gives an empty form that cannot be saved as it is', async () => {
    const reading = readCertificate(await certificateRows('scanned.pdf'));
    expect(reading).toEqual({ draft: emptyDraft(), readable: false, found: [] });
    expect(courseFromDraft(reading.draft, TODAY).errors.map((e) => e.field)).toEqual(['title', 'credits', 'completedOn']);
  });

  it('encrypted and broken PDFs are refused by pdf.js with a named reason', async () => {
    await expect(certificateRows('encrypted.pdf')).rejects.toMatchObject({ name: 'PasswordException' });
    await expect(certificateRows('broken.pdf')).rejects.toMatchObject({ name: 'InvalidPDFException' });
  });
});

describe('course drafts', () => {
  const base: CourseDraft = { ...emptyDraft(), title: 'Dose', credits: '1', completedOn: '2026-03-14' };
  it.each([
    ['03/14/2026', '2026-03-14'],
    ['14.03.2026', '2026-03-14'],
    ['2026-03-14', '2026-03-14'],
    ['March 14, 2026', '2026-03-14'],
  ])('reads the date %s', (completedOn, iso) => {
    expect(courseFromDraft({ ...base, completedOn }, TODAY).course?.completedOn).toBe(iso);
  });
  it.each([
    ['1,5', 150],
    ['1.5', 150],
    ['1 ½', 150],
    ['0.25', 25],
  ])('reads the credits %s', (credits, hundredths) => {
    expect(courseFromDraft({ ...base, credits }, TODAY).course?.credits).toBe(hundredths);
  });
  const refusals: Array<[Partial<CourseDraft>, string, RegExp]> = [
    [{ credits: '1000' }, 'credits', /0\.25 to 100/],
    [{ credits: '0' }, 'credits', /0\.25 to 100/],
    [{ credits: '=1+1' }, 'credits', /not a credit amount/],
    [{ completedOn: '2099-01-01' }, 'completedOn', /in the future/],
    [{ completedOn: '31/02/2026' }, 'completedOn', /not a date/],
    [{ category: 'B' }, 'category', /A, A\+/],
    [{ distribution: [{ discipline: 'CT', category: 'Safety', subcategory: '', credits: '2' }] }, 'distribution', /more than the course/],
  ];
  it.each(refusals)('refuses %o naming the field', (over, field, message) => {
    const { errors } = courseFromDraft({ ...base, ...over }, TODAY);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.field).toBe(field);
    expect(errors[0]!.message).toMatch(message);
  });
});
