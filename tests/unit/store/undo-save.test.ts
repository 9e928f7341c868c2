import { describe, expect, it } from 'vitest';
import { courseFingerprint } from '../../../lib/store';
import { ctCourse, freshStore, pdf } from './open';

const fp = courseFingerprint({ title: 'CT Dose Essentials', sponsor: 'Example CE', approvalNumber: 'ABC12345678' });

describe('undo of a save from a page (#16 item 8, #18 item 4)', () => {
  it('a save that created the record: undo removes exactly it, with the certificate saved with it', async () => {
    const s = await freshStore();
    await s.upsertCourseByFingerprint(ctCourse({ title: 'Other course', approvalNumber: 'XYZ00000001' }));
    const { course } = await s.upsertCourseByFingerprint(ctCourse(), pdf(2048));
    expect(await s.undoSave(course.id, fp)).toEqual({ removed: true, course: null });
    expect((await s.listCourses()).map((c) => c.title)).toEqual(['Other course']);
    expect(await s.listCertificateMeta()).toEqual([]);
    // Once undone, there is nothing more to undo.
    await expect(s.undoSave(course.id, fp)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('a re-save of an existing record: undo restores the previous record and the certificate the save replaced', async () => {
    const s = await freshStore();
    const first = await s.upsertCourseByFingerprint(ctCourse({ status: 'planned', completedOn: null }));
    await s.putCertificate(first.course.id, pdf(1000));
    const before = (await s.listCourses())[0]!;
    const oldCert = (await s.listCertificateMeta())[0]!;
    const again = await s.upsertCourseByFingerprint(ctCourse({ completedOn: '2025-06-01' }), pdf(3000));
    expect(again).toMatchObject({ created: false, course: { id: before.id, status: 'completed' } });
    expect(await s.undoSave(before.id, fp)).toMatchObject({ removed: false, course: { status: 'planned' } });
    expect(await s.listCourses()).toEqual([before]);
    const certs = await s.listCertificateMeta();
    expect(certs).toEqual([oldCert]);
    expect((await s.getCertificate(oldCert.id))!.blob.size).toBe(1000);
  });

  it('a plain re-save (no new certificate) never drops the record’s certificate', async () => {
    const s = await freshStore();
    const { course } = await s.upsertCourseByFingerprint(ctCourse({ status: 'planned', completedOn: null }), pdf(500));
    const before = (await s.listCourses())[0]!;
    await s.upsertCourseByFingerprint(ctCourse({ completedOn: '2025-06-01' }));
    await s.undoSave(course.id, fp);
    expect(await s.listCourses()).toEqual([before]);
    expect((await s.listCertificateMeta()).map((c) => c.size)).toEqual([500]);
  });

  it('refuses when the record changed after the save, or is another course', async () => {
    const s = await freshStore();
    const { course } = await s.upsertCourseByFingerprint(ctCourse());
    await expect(s.undoSave(course.id, 'another fingerprint')).rejects.toMatchObject({ code: 'not-found' });
    await s.putCourse({ ...course, credits: 300 });
    await expect(s.undoSave(course.id, fp)).rejects.toMatchObject({ code: 'conflict' });
    expect((await s.listCourses())[0]!.credits).toBe(300);
  });

  it('remove from plan: only a planned course without a certificate', async () => {
    const s = await freshStore();
    const planned = await s.upsertCourseByFingerprint(ctCourse({ status: 'planned', completedOn: null }));
    await s.removeFromPlan(planned.course.fingerprint);
    expect(await s.listCourses()).toEqual([]);
    const done = await s.upsertCourseByFingerprint(ctCourse());
    await expect(s.removeFromPlan(done.course.fingerprint)).rejects.toMatchObject({ code: 'not-found' });
    const withCert = await s.upsertCourseByFingerprint(ctCourse({ title: 'Planned with file', approvalNumber: 'XYZ00000002', status: 'planned', completedOn: null }), pdf());
    await expect(s.removeFromPlan(withCert.course.fingerprint)).rejects.toMatchObject({ code: 'conflict' });
    expect(await s.listCourses()).toHaveLength(2);
  });
});
