import { describe, expect, it } from 'vitest';
import { checkCourses } from '../../../entrypoints/background/check';
import { saveCourse } from '../../../entrypoints/background/save';
import { tabMark } from '../../../entrypoints/background/toolbar';
import { removeFromPlan, undoSave } from '../../../entrypoints/background/undo';
import type { ExtractedCourse } from '../../../lib/extract/schema';
import { Credential, evaluate, Prescription } from '../../../lib/rules';
import { bytesToBase64, courseFingerprint } from '../../../lib/store';
import { freshStore } from '../store/open';

const TODAY = '2026-11-25';
const page: ExtractedCourse = {
  title: 'CT Dose Essentials',
  sponsor: 'Example CE',
  url: 'http://127.0.0.1/course',
  credits: 150,
  category: 'A',
  approvalNumber: 'ABC12345678',
  approvedBy: 'ASRT',
  expires: '2027-10-25',
  disciplines: ['CT'],
  price: '$20.00',
  distribution: [
    { discipline: 'CT', category: 'Safety', subcategory: 'Radiation Safety and Dose', credits: 100 },
    { discipline: 'CT', category: 'Image Production', subcategory: 'Image Formation', credits: 50 },
  ],
  description: '',
  format: 'home-study',
  kind: 'page',
};

async function setUp() {
  const store = await freshStore();
  await store.saveProfile({ birthMonth: 3, bienniumStartYear: 2025, reminderLeadDays: [90, 30, 14] });
  await store.putCredential(Credential.parse({ id: 'ct', discipline: 'CT', earnedOn: '2017-08-01' }));
  await store.putPrescription(
    Prescription.parse({
      id: 'rx',
      credentialId: 'ct',
      issuedOn: '2025-01-10',
      items: [
        { category: 'Safety', subcategory: 'Radiation Safety and Dose', credits: 200 },
        { category: 'Image Production', subcategory: 'Image Formation', credits: 100 },
      ],
    }),
  );
  return store;
}

describe('worker: check a page course, save it, gaps shrink by its distribution', () => {
  it('checks, saves as completed with a certificate, and then counts it once', async () => {
    const store = await setUp();
    const before = checkCourses(await store.loadRulesInput(), [page], TODAY);
    expect(before.setUp).toBe(true);
    expect(before.results[0]!.coverage.summary).toBe('+1 CT Safety · +0.5 CT Image Production · +1.5 biennium');
    expect(before.results[0]!.saved).toBeNull();

    const reply = await saveCourse(store, page, { type: 'save-course', fingerprint: courseFingerprint(page), status: 'completed', completedOn: '2026-11-20', confirmedDistribution: null, certificate: { name: 'c.pdf', type: 'application/pdf', base64: bytesToBase64(new Uint8Array([37, 80, 68, 70])) } }, TODAY);
    expect(reply).toMatchObject({ ok: true, status: 'completed' });

    const ev = evaluate(await store.loadRulesInput(), TODAY);
    const subs = ev.credentials[0]!.prescription!.categories.flatMap((c) => c.subcategories);
    expect(subs.map((s) => [s.subcategory, s.remaining])).toEqual([
      ['Radiation Safety and Dose', 100],
      ['Image Formation', 50],
    ]);
    expect(ev.biennium!.earned).toBe(150);
    expect(await store.listCertificateMeta()).toHaveLength(1);

    const after = checkCourses(await store.loadRulesInput(), [page], TODAY);
    expect(after.results[0]).toMatchObject({ saved: { status: 'completed' }, coverage: { alreadyCompleted: true, summary: 'Already completed' } });
  });

  it('estimates a distribution when the page states none, and never counts it', async () => {
    const store = await setUp();
    const bare = { ...page, approvalNumber: null, title: 'Practical CT radiation dose reduction', distribution: [] };
    const check = checkCourses(await store.loadRulesInput(), [bare], TODAY).results[0]!;
    expect(check.estimatedDistribution).toEqual([{ discipline: 'CT', category: 'Safety', subcategory: 'Radiation Safety and Dose', credits: 150 }]);
    expect(check.coverage.estimated).toBe(true);
    await saveCourse(store, bare, { type: 'save-course', fingerprint: courseFingerprint(bare), status: 'completed', completedOn: null, confirmedDistribution: null, certificate: null }, TODAY);
    const [saved] = await store.listCourses();
    expect(saved).toMatchObject({ distributionBasis: 'estimated', completedOn: TODAY });
    expect(evaluate(await store.loadRulesInput(), TODAY).credentials[0]!.prescription!.earned).toBe(0);
  });

  it('a damaged certificate is refused with a message and nothing is saved', async () => {
    const store = await setUp();
    const reply = await saveCourse(store, page, { type: 'save-course', fingerprint: courseFingerprint(page), status: 'completed', completedOn: null, confirmedDistribution: null, certificate: { name: 'c.pdf', type: 'application/pdf', base64: '%%%' } }, TODAY);
    expect(reply).toEqual({ ok: false, error: 'The certificate file could not be read.' });
    expect(await store.listCourses()).toEqual([]);
  });

  it('#14 a page naming no discipline: the badge and the saved record carry the same estimate', async () => {
    const store = await setUp();
    const bare = { ...page, approvalNumber: null, title: 'Practical radiation dose reduction', disciplines: [], distribution: [] };
    const check = checkCourses(await store.loadRulesInput(), [bare], TODAY).results[0]!;
    expect(check.estimatedDistribution).toEqual([{ discipline: 'CT', category: 'Safety', subcategory: 'Radiation Safety and Dose', credits: 150 }]);
    await saveCourse(store, bare, { type: 'save-course', fingerprint: check.fingerprint, status: 'completed', completedOn: null, confirmedDistribution: null, certificate: null }, TODAY);
    const [saved] = await store.listCourses();
    // Saved as estimated, so "Confirm distribution" is offered in the options page.
    expect(saved).toMatchObject({ fingerprint: check.fingerprint, distributionBasis: 'estimated', distribution: check.estimatedDistribution });
  });

  it('#13 a live course done in 2023 and again now: two records, and the new one counts', async () => {
    const store = await setUp();
    const live = { ...page, format: 'live' as const };
    const message = (completedOn: string) => ({ type: 'save-course' as const, fingerprint: courseFingerprint(live), status: 'completed' as const, completedOn, confirmedDistribution: null, certificate: null });
    await saveCourse(store, live, message('2023-06-01'), TODAY);
    const promised = checkCourses(await store.loadRulesInput(), [live], TODAY).results[0]!.coverage.biennium!.adds;
    expect(promised).toBe(150);
    await saveCourse(store, live, message('2026-11-20'), TODAY);
    expect((await store.listCourses()).map((c) => c.completedOn).sort()).toEqual(['2023-06-01', '2026-11-20']);
    expect(evaluate(await store.loadRulesInput(), TODAY).biennium!.earned).toBe(promised);
  });

  it('a catalog listing that links to a course saved from its page is that course: completed, its stated distribution, no estimate', async () => {
    const store = await setUp();
    await saveCourse(store, page, { type: 'save-course', fingerprint: courseFingerprint(page), status: 'completed', completedOn: '2026-11-20', confirmedDistribution: null, certificate: null }, TODAY);
    // The listing leaves out the approval number and the distribution, and links to the page (with a fragment).
    const listing = { ...page, approvalNumber: null, sponsor: null, distribution: [], url: `${page.url}#details`, kind: 'listing' as const };
    const [check] = checkCourses(await store.loadRulesInput(), [listing], TODAY).results;
    expect(check).toMatchObject({ fingerprint: courseFingerprint(page), saved: { status: 'completed' }, estimatedDistribution: null, coverage: { alreadyCompleted: true } });
    // Another course at another address with the same title is not it.
    const other = { ...listing, url: 'http://127.0.0.1/other-course' };
    expect(checkCourses(await store.loadRulesInput(), [other], TODAY).results[0]!.saved).toBeNull();
  });
});

describe('worker: undo a save, remove from plan, the tab mark (#16 item 8, #18 item 4)', () => {
  const save = (status: 'planned' | 'completed') => ({ type: 'save-course' as const, fingerprint: courseFingerprint(page), status, completedOn: status === 'completed' ? '2026-11-20' : null, confirmedDistribution: null, certificate: null });

  it('undo of a completion on a planned course goes back to planned; the check and the mark follow', async () => {
    const store = await setUp();
    await saveCourse(store, page, save('planned'), TODAY);
    const mark = async () => tabMark([page], checkCourses(await store.loadRulesInput(), [page], TODAY).results).text;
    expect(await mark()).toBe('plan');
    const done = await saveCourse(store, page, save('completed'), TODAY);
    expect(await mark()).toBe('✓');
    const reply = await undoSave(store, { type: 'undo-save', fingerprint: courseFingerprint(page), courseId: done.ok ? done.courseId : '' });
    expect(reply).toEqual({ ok: true, status: 'planned' });
    expect(await mark()).toBe('plan');
    expect(evaluate(await store.loadRulesInput(), TODAY).biennium!.earned).toBe(0);
    expect(await removeFromPlan(store, { type: 'remove-from-plan', fingerprint: courseFingerprint(page) })).toEqual({ ok: true, status: null });
    expect(await mark()).toBe('CE');
    expect(await store.listCourses()).toEqual([]);
    // Nothing left to take back: said in plain words.
    expect(await removeFromPlan(store, { type: 'remove-from-plan', fingerprint: courseFingerprint(page) })).toEqual({ ok: false, error: 'This course is not in your plan any more.' });
    expect(await undoSave(store, { type: 'undo-save', fingerprint: courseFingerprint(page), courseId: done.ok ? done.courseId : '' })).toEqual({ ok: false, error: 'There is no save of this course to undo.' });
  });

  it('a catalog has the "CE" mark; a page with no course none', () => {
    expect(tabMark([{ ...page, kind: 'listing' }], [])).toMatchObject({ text: 'CE' });
    expect(tabMark([], [])).toMatchObject({ text: '' });
  });
});
