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

  // Every completion is its own record now (#13: the fingerprint index is not unique), so undo puts the
  // deleted one back beside the re-saved one; with a unique index it merges (store.ts). Either way no certificate is dropped.
  it('9: undo after the course was saved again from its page restores it without an error and keeps its certificate', async () => {
    const s = await freshStore();
    const { course } = await s.upsertCourseByFingerprint(ctCourse(), pdf(2048));
    const deleted = await s.deleteCourse(course.id);
    await s.upsertCourseByFingerprint(ctCourse({ completedOn: '2025-07-01' }), pdf(4096));
    const { outcome } = await s.restoreCourse(deleted);
    expect(['restored', 'merged', 'beside']).toContain(outcome);
    expect((await s.listCertificateMeta()).map((c) => c.size).sort()).toEqual([2048, 4096]);
    const cert = await s.getCertificate(course.certificateId!);
    expect((await s.listCourses()).some((c) => c.id === cert!.courseId && c.certificateId === cert!.id)).toBe(true);
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
