import { describe, expect, it } from 'vitest';
import { guessMapping, parseCsv, previewImport, savedCourses, type ImportRow } from '../../../lib/import/csv';
import { Course } from '../../../lib/rules';
import { completedCoursesCsv } from '../../../lib/store';
import { alreadySaved, history30, historyRows } from '../../fixtures/csv/history';
import { freshStore } from './open';

const TODAY = '2026-06-01';
const c = (over: Partial<Course>) => Course.parse({ id: String(Math.random()), fingerprint: String(Math.random()), title: 'T', status: 'completed', credits: 150, updatedAt: 0, ...over });
const kinds = (rows: ImportRow[]) => rows.reduce<Record<string, number>>((n, r) => ({ ...n, [r.kind]: (n[r.kind] ?? 0) + 1 }), {});

async function importText(store: Awaited<ReturnType<typeof freshStore>>, text: string) {
  const table = parseCsv(text);
  const rows = previewImport(table, guessMapping(table.header), savedCourses(await store.listCourses()), TODAY);
  await store.importCourses(rows.flatMap((r) => (r.course ? [r.course] : [])));
  return rows;
}

describe('CSV of completed CE', () => {
  it('lists completed courses only, in date order, quoting and defusing page text', () => {
    const csv = completedCoursesCsv([
      c({ title: '=HYPERLINK("x")', completedOn: '2025-05-02' }),
      c({ title: 'Dose, "low"', completedOn: '2025-05-01', format: 'home-study', distribution: [{ discipline: 'CT', category: 'Safety', subcategory: 'Radiation Safety and Dose', credits: 50 }] }),
      c({ title: 'Planned', status: 'planned' }),
    ]);
    expect(csv.split('\r\n')).toEqual([
      'Completed on,Title,Sponsor,Credits,Category,Approval number,Approved by,Format,Distribution,URL',
      '2025-05-01,"Dose, ""low""",,1.5,,,,Home study,CT Safety / Radiation Safety and Dose: 0.5,',
      `2025-05-02,"'=HYPERLINK(""x"")",,1.5,,,,,,`,
      '',
    ]);
  });

  it('imports back what it exported, unchanged: formulas, quotes, line breaks, distributions, estimated and old names', async () => {
    const courses = [
      c({ title: '-5 myths about dose', sponsor: '@Imaging "Co"', completedOn: '2025-01-02', category: 'A+', approvalNumber: 'ABC12345678', approvedBy: 'ASRT', format: 'live', url: 'https://example.org/c?a=1,2' }),
      c({ title: 'Two\nlines, and a tab\tinside', completedOn: '2025-02-03', credits: 25, distributionBasis: 'estimated', distribution: [{ discipline: 'CT', category: 'Procedures', subcategory: 'Neck and Chest', credits: 25 }] }),
      c({ title: 'Old CT names', completedOn: '2025-03-04', credits: 200, distributionBasis: 'confirmed', distribution: [{ discipline: 'CT', category: 'Safety', subcategory: 'Radiation Safety and Dose', credits: 100 }, { discipline: 'CT', category: 'Image Display', subcategory: 'Old Name', credits: 50, unmapped: true }] }),
    ];
    const exported = completedCoursesCsv(courses);
    const store = await freshStore();
    const rows = await importText(store, exported);
    expect(kinds(rows)).toEqual({ add: 3 });
    expect(completedCoursesCsv(await store.listCourses())).toBe(exported);
    // And once saved, the same file adds nothing.
    expect(kinds(await importText(store, exported))).toEqual({ duplicate: 3 });
  });

  it('a history of 30 rows with 3 saved already and 2 bad rows adds 25 and says why for the other 5', async () => {
    const store = await freshStore();
    await importText(store, alreadySaved());
    const rows = await importText(store, history30());
    expect(kinds(rows)).toEqual({ add: 25, duplicate: 3, refused: 2 });
    expect(rows.filter((r) => r.kind === 'refused').map((r) => [r.line, r.reason])).toEqual([
      [12, expect.stringMatching(/^Credits: “=1\+1” is not a credit amount/)],
      [20, expect.stringMatching(/^Completed on: “02\/30\/2025” is not a date/)],
    ]);
    expect(rows.filter((r) => r.kind === 'duplicate').map((r) => r.line)).toEqual([2, 3, 4]);
    expect(await store.listCourses()).toHaveLength(28);
  });

  it('reads European spreadsheets: a BOM, ";" separators, "1,5" credits and day-first dates', () => {
    const table = parseCsv('\ufeffTitel;Datum;Credits;Category\r\n"Dose; low";21.01.2026;1,5;A\r\n');
    expect(table.header).toEqual(['Titel', 'Datum', 'Credits', 'Category']);
    const mapping = { ...guessMapping(table.header), title: 0, completedOn: 1 };
    const [row] = previewImport(table, mapping, new Map(), TODAY);
    expect(row!.course).toMatchObject({ title: 'Dose; low', completedOn: '2026-01-21', credits: 150, category: 'A' });
  });

  it('guesses the columns from their names', () => {
    expect(guessMapping(['Course Title', 'Date Completed', 'CE Credits', 'Category', 'Provider', 'ASRT Reference ID', 'Approved by', 'Certificate file'])).toMatchObject({
      title: 0,
      completedOn: 1,
      credits: 2,
      category: 3,
      sponsor: 4,
      approvalNumber: 5,
      approvedBy: 6,
      certificate: 7,
    });
  });

  it('a formula in every cell is text, never run: the title keeps it, the numbers are refused', () => {
    const table = parseCsv('Title,Completed on,Credits\n=cmd|calc,=TODAY(),=1+1\n');
    const [row] = previewImport(table, guessMapping(table.header), new Map(), TODAY);
    expect(row!.kind).toBe('refused');
    expect(row!.reason).toMatch(/Credits: “=1\+1”.*Completed on: “=TODAY\(\)” is not a date/);
  });

  it('refuses a file of 100,000 rows as a whole, and a file without rows, saying why', () => {
    expect(() => parseCsv(historyRows(100_000))).toThrow(/more than 10,000 rows.*Nothing was imported/);
    expect(() => parseCsv('')).toThrow(/no rows/);
  });

  it('imports all or nothing: one invalid record leaves the store as it was', async () => {
    const store = await freshStore();
    const table = parseCsv(historyRows(3));
    const courses = previewImport(table, guessMapping(table.header), new Map(), TODAY).map((r) => r.course!);
    await expect(store.importCourses([...courses, { ...courses[0]!, fingerprint: 'x', credits: -1 }])).rejects.toThrow(/credits/);
    expect(await store.listCourses()).toEqual([]);
  });
});
