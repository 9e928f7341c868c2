import { localToday } from '../../../lib/units/dates';
import { describe, expect, it } from 'vitest';
import { Credential, Prescription } from '../../../lib/rules';
import { currentOutline } from '../../../lib/outlines';
import { StoreError } from '../../../lib/store';
import { ctCourse, freshStore, pdf } from './open';

describe('store repositories', () => {
  it('keeps profile, credentials, prescriptions and outline overrides', async () => {
    const s = await freshStore();
    expect((await s.getProfile()).birthMonth).toBeNull();
    await s.saveProfile({ birthMonth: 3, bienniumStartYear: 2025, reminderLeadDays: [30], name: 'Jordan Rivera', arrtId: '123456789' });
    await s.putCredential(Credential.parse({ id: 'ct', discipline: 'CT', earnedOn: '2017-08-01' }));
    await s.putPrescription(Prescription.parse({ id: 'rx', credentialId: 'ct', items: [{ category: 'Safety', subcategory: 'Radiation Safety and Dose', credits: 200 }] }));
    const outline = { ...currentOutline('BD')!, confidence: 'user' as const, categories: [{ name: 'Safety', subcategories: [{ name: 'Radiation Protection' }] }] };
    await s.putOutlineOverride(outline);
    const input = await s.loadRulesInput();
    // The first save records the day tracking began; a later save keeps it.
    expect(input.profile).toEqual({ birthMonth: 3, bienniumStartYear: 2025, reminderLeadDays: [30], name: 'Jordan Rivera', arrtId: '123456789', trackingSince: localToday(), updatedAt: expect.any(Number) });
    await s.saveProfile({ birthMonth: 4, trackingSince: '2020-01-01' });
    expect(await s.getProfile()).toMatchObject({ birthMonth: 4, bienniumStartYear: 2025, trackingSince: localToday() });
    expect(input.prescriptions).toHaveLength(1);
    expect(input.outlineOverrides[0]!.categories[0]!.subcategories[0]!.name).toBe('Radiation Protection');
    await s.deleteCredential('ct');
    expect(await s.listPrescriptions()).toEqual([]);
  });

  it('refuses invalid records with the field named, and a prescription without its credential', async () => {
    const s = await freshStore();
    await expect(s.saveProfile({ birthMonth: 13, bienniumStartYear: null, reminderLeadDays: [] })).rejects.toThrow(/birthMonth/);
    await expect(s.putPrescription(Prescription.parse({ id: 'rx', credentialId: 'none', items: [] }))).rejects.toMatchObject({ code: 'not-found' });
  });

  it('merges saves of one activity: status only moves forward, first completion date stays', async () => {
    const s = await freshStore();
    const a = await s.upsertCourseByFingerprint(ctCourse({ status: 'planned', completedOn: null }));
    const b = await s.upsertCourseByFingerprint(ctCourse({ completedOn: '2025-06-01' }));
    const c = await s.upsertCourseByFingerprint(ctCourse({ status: 'seen', completedOn: null }));
    expect([a.created, b.created, c.created]).toEqual([true, false, false]);
    expect(await s.listCourses()).toMatchObject([{ status: 'completed', completedOn: '2025-06-01', credits: 150 }]);
  });

  it('five tabs saving the same course at once leave one record; five different leave five', async () => {
    const s = await freshStore();
    await Promise.all(['seen', 'planned', 'completed', 'planned', 'seen'].map((status) => s.upsertCourseByFingerprint(ctCourse({ status, completedOn: status === 'completed' ? '2025-05-01' : null }))));
    expect(await s.listCourses()).toMatchObject([{ status: 'completed' }]);
    await Promise.all([1, 2, 3, 4, 5].map((i) => s.upsertCourseByFingerprint(ctCourse({ approvalNumber: `ABC0000000${i}` }))));
    expect(await s.listCourses()).toHaveLength(6);
  });

  it('saves a certificate with the course and undoes a delete with it', async () => {
    const s = await freshStore();
    const { course } = await s.upsertCourseByFingerprint(ctCourse(), pdf(2048));
    expect((await s.listCertificateMeta())[0]).toMatchObject({ courseId: course.id, size: 2048, type: 'application/pdf' });
    const deleted = await s.deleteCourse(course.id);
    expect(await s.listCourses()).toEqual([]);
    expect(await s.listCertificateMeta()).toEqual([]);
    await s.restoreCourse(deleted);
    const cert = await s.getCertificate(course.certificateId!);
    expect(new Uint8Array(await cert!.blob.arrayBuffer())[0]).toBe(7);
  });

  it('refuses a certificate over 20 MB or of another type, and the course stays as it was', async () => {
    const s = await freshStore();
    const { course } = await s.upsertCourseByFingerprint(ctCourse());
    const big = { name: 'scan.pdf', type: 'application/pdf', blob: new Blob([new Uint8Array(20 * 1024 * 1024 + 1)]) };
    await expect(s.putCertificate(course.id, big)).rejects.toMatchObject({ code: 'too-large', message: expect.stringMatching(/20 MB/) });
    await expect(s.putCertificate(course.id, { ...pdf(), type: 'text/html' })).rejects.toMatchObject({ code: 'invalid' });
    expect(await s.getCourse(course.id)).toEqual(course);
  });

  it('a full disk while saving a certificate: clear message, course record intact', async () => {
    const s = await freshStore();
    const { course } = await s.upsertCourseByFingerprint(ctCourse());
    const original = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'certificates') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    };
    try {
      const error = await s.putCertificate(course.id, pdf()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect(error).toMatchObject({ code: 'quota', message: expect.stringMatching(/storage .* is full, so nothing was saved/) });
      const again = await s.upsertCourseByFingerprint(ctCourse({ title: 'Another' }), pdf()).catch((e: unknown) => e);
      expect(again).toMatchObject({ code: 'quota' });
    } finally {
      IDBObjectStore.prototype.put = original;
    }
    expect(await s.listCourses()).toEqual([course]);
    expect(await s.listCertificateMeta()).toEqual([]);
  });
});
