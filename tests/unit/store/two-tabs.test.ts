import { describe, expect, it, vi } from 'vitest';
import { ConflictError, openStore } from '../../../lib/store';
import { ctCourse, freshStore, pdf } from './open';

describe('what two tabs can lose (issue #18)', () => {
  it('8: a form opened before another tab saved cannot silently undo that save; the stored version comes with the refusal', async () => {
    const s = await freshStore();
    const { course } = await s.upsertCourseByFingerprint(ctCourse());
    const tabA = await s.getCourse(course.id);
    const tabB = await s.getCourse(course.id);
    await s.putCourse({ ...tabA!, credits: 300 });
    const refused = s.putCourse({ ...tabB!, status: 'planned', completedOn: null });
    await expect(refused).rejects.toBeInstanceOf(ConflictError);
    await expect(refused).rejects.toMatchObject({ code: 'conflict', current: { credits: 300, status: 'completed' } });
    expect(await s.getCourse(course.id)).toMatchObject({ credits: 300, status: 'completed' });
    // Choosing to save over it, from the version now stored, works.
    const current = ((await refused.catch((e: ConflictError<typeof course>) => e)) as ConflictError<typeof course>).current;
    await s.putCourse({ ...current, status: 'planned', completedOn: null });
    expect(await s.getCourse(course.id)).toMatchObject({ credits: 300, status: 'planned' });
  });

  it('9: undo after the course was saved again from its page merges into it and keeps the certificate', async () => {
    const s = await freshStore();
    const { course } = await s.upsertCourseByFingerprint(ctCourse(), pdf(2048));
    const deleted = await s.deleteCourse(course.id);
    const again = await s.upsertCourseByFingerprint(ctCourse({ status: 'planned', completedOn: null }));
    expect(await s.restoreCourse(deleted)).toEqual({ outcome: 'merged' });
    const courses = await s.listCourses();
    expect(courses).toHaveLength(1);
    expect(courses[0]).toMatchObject({ id: again.course.id, status: 'completed', completedOn: '2025-05-01', certificateId: course.certificateId });
    const cert = await s.getCertificate(course.certificateId!);
    expect(cert).toMatchObject({ courseId: again.course.id, size: 2048 });
  });

  it('9: undo when the re-saved course has a certificate of its own: both records and both certificates are kept', async () => {
    const s = await freshStore();
    const { course } = await s.upsertCourseByFingerprint(ctCourse(), pdf(2048));
    const deleted = await s.deleteCourse(course.id);
    const again = await s.upsertCourseByFingerprint(ctCourse(), pdf(4096));
    expect(await s.restoreCourse(deleted)).toEqual({ outcome: 'beside' });
    const sizes = (await s.listCertificateMeta()).map((c) => c.size).sort();
    expect(sizes).toEqual([2048, 4096]);
    expect((await s.listCourses()).map((c) => c.certificateId).sort()).toEqual([course.certificateId, again.course.certificateId].sort());
  });

  it('10: a newer version or a deletion elsewhere is never blocked by an open connection, and the owner is told to reopen', async () => {
    const name = `reopen-${crypto.randomUUID()}`;
    const closed = vi.fn();
    const s = await openStore(name, closed);
    await s.upsertCourseByFingerprint(ctCourse());
    const upgraded = await new Promise<string>((resolve) => {
      const r = indexedDB.open(name, 99);
      r.onblocked = () => resolve('blocked');
      r.onsuccess = () => {
        r.result.close();
        resolve('upgraded');
      };
    });
    expect(upgraded).toBe('upgraded');
    expect(closed).toHaveBeenCalledTimes(1);

    const again = vi.fn();
    const fresh = await openStore(`reopen-${crypto.randomUUID()}`, again);
    const deleted = await new Promise<string>((resolve) => {
      const r = indexedDB.deleteDatabase(fresh.db.name);
      r.onblocked = () => resolve('blocked');
      r.onsuccess = () => resolve('deleted');
    });
    expect(deleted).toBe('deleted');
    expect(again).toHaveBeenCalledTimes(1);
  });
});
