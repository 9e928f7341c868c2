import { describe, expect, it } from 'vitest';
import { currentOutline } from '../../../lib/outlines';
import { Credential, Prescription } from '../../../lib/rules';
import { ConflictError, openStore, type Store } from '../../../lib/store';

/** Two options tabs: two connections to one database, as two extension pages have. */
async function twoTabs(): Promise<[Store, Store]> {
  const name = `tabs-${crypto.randomUUID()}`;
  return [await openStore(name), await openStore(name)];
}

/** The refusal a write got, with the version stored meanwhile. */
async function conflictOf<T>(write: Promise<unknown>): Promise<T> {
  const e = await write.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ConflictError);
  expect(e).toMatchObject({ code: 'conflict' });
  return (e as ConflictError<T>).current;
}

const rx = (items: Array<[string, number]>, over: Partial<Prescription> = {}) =>
  Prescription.parse({ id: 'rx', credentialId: 'ct', items: items.map(([subcategory, credits]) => ({ category: 'Safety', subcategory, credits })), ...over });

describe('every form edits what is stored: a second tab cannot silently undo a save (#18 item 8)', () => {
  it('profile: B, opened before A saved, is refused with A’s version; saving over it from that version works', async () => {
    const [a, b] = await twoTabs();
    await a.saveProfile({ birthMonth: 3, reminderLeadDays: [90] });
    const openedA = await a.getProfile();
    const openedB = await b.getProfile();
    await a.saveProfile({ reminderLeadDays: [30] }, openedA);
    const current = await conflictOf<typeof openedB>(b.saveProfile({ birthMonth: 7 }, openedB));
    expect(current).toMatchObject({ birthMonth: 3, reminderLeadDays: [30] });
    expect(await a.getProfile()).toMatchObject({ birthMonth: 3, reminderLeadDays: [30] });
    const saved = await b.saveProfile({ birthMonth: 7 }, current);
    expect(await a.getProfile()).toMatchObject({ birthMonth: 7, reminderLeadDays: [30], updatedAt: saved.updatedAt });
  });

  it('profile: writes that are not edits of a form (the popup’s answer) are not checked', async () => {
    const [a, b] = await twoTabs();
    await a.saveProfile({ birthMonth: 3 });
    await b.saveProfile({ bienniumStartYear: 2025 });
    expect(await a.getProfile()).toMatchObject({ birthMonth: 3, bienniumStartYear: 2025 });
  });

  it('credential edit: A sets the CQR deadline, B (open before) records CQR complete and is refused; A’s date stays', async () => {
    const [a, b] = await twoTabs();
    await a.putCredential(Credential.parse({ id: 'ct', discipline: 'CT', earnedOn: '2017-08-01' }));
    const [openedA] = await a.listCredentials();
    const [openedB] = await b.listCredentials();
    await a.putCredential({ ...openedA!, cqrDeadlineOverride: '2027-08-31' });
    const current = await conflictOf<Credential>(b.putCredential({ ...openedB!, cqrCompletedOn: '2026-01-15' }));
    expect(current.cqrDeadlineOverride).toBe('2027-08-31');
    expect((await a.listCredentials())[0]).toMatchObject({ cqrDeadlineOverride: '2027-08-31', cqrCompletedOn: null });
    await b.putCredential({ ...current, cqrCompletedOn: '2026-01-15' });
    expect((await a.listCredentials())[0]).toMatchObject({ cqrDeadlineOverride: '2027-08-31', cqrCompletedOn: '2026-01-15' });
  });

  it('prescription edit: B’s older edit is refused with A’s items', async () => {
    const [a, b] = await twoTabs();
    await a.putCredential(Credential.parse({ id: 'ct', discipline: 'CT', earnedOn: '2017-08-01' }));
    await a.putPrescription(rx([['Radiation Safety and Dose', 200]]));
    const [openedA] = await a.listPrescriptions();
    const [openedB] = await b.listPrescriptions();
    await a.putPrescription({ ...openedA!, items: rx([['Radiation Safety and Dose', 300]]).items });
    const current = await conflictOf<Prescription>(b.putPrescription({ ...openedB!, issuedOn: '2025-02-01' }));
    expect(current.items[0]!.credits).toBe(300);
    expect((await a.listPrescriptions())[0]).toMatchObject({ issuedOn: null, items: [{ credits: 300 }] });
  });

  it('prescription: a new one while another tab saved one for the same credential is a conflict, never a second prescription', async () => {
    const [a, b] = await twoTabs();
    await a.putCredential(Credential.parse({ id: 'ct', discipline: 'CT', earnedOn: '2017-08-01' }));
    await a.putPrescription(rx([['Radiation Safety and Dose', 200]], { id: 'from-a' }));
    const current = await conflictOf<Prescription>(b.putPrescription(rx([['Image Formation', 100]], { id: 'from-b' })));
    expect(current.id).toBe('from-a');
    expect((await b.listPrescriptions()).map((p) => p.id)).toEqual(['from-a']);
  });

  it('outline correction: B’s correction of the shipped outline, opened before A saved one, is refused with A’s', async () => {
    const [a, b] = await twoTabs();
    const shipped = currentOutline('CT', [])!;
    const mine = (name: string) => ({ ...shipped, confidence: 'user' as const, categories: [{ name, subcategories: [{ name: 'Sub' }] }] });
    await a.putOutlineOverride(mine('From A'));
    const current = await conflictOf<typeof shipped>(b.putOutlineOverride(mine('From B')));
    expect(current.categories[0]!.name).toBe('From A');
    expect((await a.listOutlineOverrides())[0]!.categories[0]!.name).toBe('From A');
    await b.putOutlineOverride({ ...mine('From B'), updatedAt: current.updatedAt });
    expect((await a.listOutlineOverrides())[0]!.categories[0]!.name).toBe('From B');
  });
});
