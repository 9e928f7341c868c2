import { describe, expect, it } from 'vitest';
import { Credential, Prescription } from '../../../lib/rules';
import { BackupError, CERTIFICATE_TYPES, checkBackupSize, exportBackup, importBackup } from '../../../lib/store';
import { CERTIFICATE_ACCEPT } from '../../../lib/store/limits';
import { ctCourse, freshStore, pdf } from './open';

async function filled() {
  const s = await freshStore();
  await s.saveProfile({ birthMonth: 3, bienniumStartYear: 2025, reminderLeadDays: [90, 30, 14] });
  await s.putCredential(Credential.parse({ id: 'ct', discipline: 'CT', earnedOn: '2017-08-01' }));
  await s.putPrescription(Prescription.parse({ id: 'rx', credentialId: 'ct', items: [{ category: 'Safety', subcategory: 'Radiation Safety and Dose', credits: 200 }] }));
  await s.upsertCourseByFingerprint(ctCourse(), pdf(100_000));
  await s.upsertCourseByFingerprint(ctCourse({ approvalNumber: null, title: 'Planned one', status: 'planned', completedOn: null }));
  return s;
}

async function snapshot(s: Awaited<ReturnType<typeof freshStore>>) {
  const input = await s.loadRulesInput();
  const certs = await Promise.all((await s.listCertificateMeta()).map(async (m) => ({ ...m, bytes: [...new Uint8Array(await (await s.getCertificate(m.id))!.blob.arrayBuffer())].length })));
  return { ...input, certs };
}

describe('backup', () => {
  it('export → import into an empty profile gives identical data, certificates included', async () => {
    const a = await filled();
    const text = await exportBackup(a);
    const b = await freshStore();
    expect(await importBackup(b, text)).toEqual({ credentials: 1, prescriptions: 1, courses: 2, certificates: 1 });
    expect(await snapshot(b)).toEqual(await snapshot(a));
  });

  const hostile: [string, (json: Record<string, unknown>, text: string) => string, RegExp][] = [
    ['truncated', (_j, t) => t.slice(0, t.length / 2), /not a complete JSON backup/],
    ['not ours', () => JSON.stringify({ hello: 1 }), /format/],
    ['a newer format version', (j) => JSON.stringify({ ...j, version: 99 }), /version/],
    ['negative credits', (j) => JSON.stringify({ ...j, courses: [{ ...(j.courses as object[])[0], credits: -5 }] }), /courses\.0\.credits/],
    ['fractional credits', (j) => JSON.stringify({ ...j, courses: [{ ...(j.courses as object[])[0], credits: 1.5 }] }), /courses\.0\.credits/],
    ['a prototype-polluting key', (_j, t) => t.replace('{"format"', '{"__proto__":{"admin":true},"format"'), /Unrecognized key|__proto__/],
    ['a dangling prescription', (j) => JSON.stringify({ ...j, credentials: [] }), /prescriptions\[0\]\.credentialId/],
    ['duplicate course ids', (j) => JSON.stringify({ ...j, courses: [(j.courses as object[])[0], (j.courses as object[])[0]] }), /duplicate id/],
    ['damaged certificate bytes', (j) => JSON.stringify({ ...j, certificates: [{ ...(j.certificates as object[])[0], base64: '@@@@' }] }), /damaged/],
    ['a script in a title', (j) => JSON.stringify({ ...j, courses: [{ ...(j.courses as object[])[0], title: 'x'.repeat(600) }] }), /title/],
    ['a huge file', () => ' '.repeat(400 * 1024 * 1024 + 1), /at most 400 MB/],
  ];

  it.each(hostile)('rejects %s with a precise message and changes nothing', async (_name, corrupt, message) => {
    const target = await filled();
    const before = await snapshot(target);
    const text = await exportBackup(target);
    const error = await importBackup(target, corrupt(JSON.parse(text) as Record<string, unknown>, text)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).issues.join('\n')).toMatch(message);
    expect(await snapshot(target)).toEqual(before);
  });
});

describe('small things (issue #18, 15)', () => {
  it('a 1 GiB backup is refused as too large by its size, before it is read', () => {
    expect(() => checkBackupSize(1024 ** 3)).toThrow(/too large: 1024 MB; a CE Companion backup is at most 400 MB/);
    expect(() => checkBackupSize(10 * 1024 * 1024)).not.toThrow();
  });

  it('certificate pickers offer exactly the types a certificate may have: no SVG', () => {
    const offered = CERTIFICATE_ACCEPT.split(',');
    expect(offered).not.toContain('image/*');
    expect(offered.some((t) => /svg/.test(t))).toBe(false);
    expect(offered.every((t) => CERTIFICATE_TYPES.test(t))).toBe(true);
    expect(CERTIFICATE_TYPES.test('image/svg+xml')).toBe(false);
  });
});
