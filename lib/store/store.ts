import { openDB, type IDBPDatabase } from 'idb';
import { type Outline, Outline as OutlineSchema, outlineKey } from '../outlines';
import { Course, Credential, Prescription, Profile, type CourseInput, type RulesInput } from '../rules';
import { CertificateMeta, MAX_CERTIFICATE_BYTES, type Certificate, type CertificateInput } from './certificate';
import { ConflictError, StoreError, toStoreError } from './errors';
import { courseFingerprint } from './fingerprint';
import { latestOf, mergeCourse, recordFor, repeatOf } from './merge';
import { migrate } from './migrations';
import { forgetSave, rememberSave, UNDO_KEY, type SaveUndo } from './undo';
import { notifyDataChanged } from './notify';
import { DB_NAME, DB_VERSION, type CeDB } from './schema';
import { localToday } from '../units/dates';
import type { z } from 'zod';

export type Db = IDBPDatabase<CeDB>;
export interface DeletedCourse {
  course: Course;
  certificate: Certificate | null;
}
/** A course to save: everything but the bookkeeping the store fills in. */
export type NewCourse = Omit<CourseInput, 'id' | 'updatedAt' | 'fingerprint'> & { fingerprint?: string };

const PROFILE_KEY = 'profile';

/**
 * Opens the database. `onClosed` is called when this connection ends under us: another page
 * needs a newer schema or deletes the database (we close at once so it is never blocked), or the
 * browser closed it ("Clear site data"). The owner then opens a new connection for its next use.
 */
export async function openDatabase(name = DB_NAME, onClosed?: () => void): Promise<Db> {
  const db: Db = await openDB<CeDB>(name, DB_VERSION, {
    upgrade(db, oldVersion, newVersion, tx) {
      // idb does not await upgrade callbacks: abort on failure so a half-migrated schema never commits.
      migrate(db, oldVersion, newVersion ?? DB_VERSION, tx).catch(() => tx.abort());
    },
    blocking() {
      db.close();
      onClosed?.();
    },
    terminated() {
      onClosed?.();
    },
  });
  return db;
}

/** Validates a record before it reaches IndexedDB; the message names the field. */
function valid<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const r = schema.safeParse(value);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new StoreError('invalid', `Not saved: ${i.path.join('.') || 'record'} — ${i.message}`);
  }
  return r.data;
}

/** A record's revision (lib/units/schemas.ts); one written before revisions existed counts as 0. */
const revisionOf = (r: { updatedAt?: number }) => r.updatedAt ?? 0;

/**
 * An edit must start from what is stored: its revision is compared with the stored record's in the
 * write's own transaction, so two tabs editing one record never silently undo each other's change.
 * On a mismatch nothing is written and the stored version is thrown, for the form to show.
 */
function checkRevision<T extends { updatedAt?: number }>(stored: T | undefined, edited: { updatedAt?: number }): void {
  if (stored && revisionOf(stored) !== revisionOf(edited)) throw new ConflictError(stored);
}

/** The revision a write gives: strictly newer than the one it replaces, even within one millisecond. */
const nextRevision = (edited: { updatedAt?: number }) => Math.max(Date.now(), revisionOf(edited) + 1);

/** Runs a write, mapping a full disk or an abort to a StoreError, and tells open pages on success. */
async function write<T>(run: () => Promise<T>, notify = true): Promise<T> {
  try {
    const result = await run();
    if (notify) notifyDataChanged();
    return result;
  } catch (e) {
    throw toStoreError(e);
  }
}

/**
 * Where a new save lands among the records of its activity (lib/store/merge.ts): in the record of
 * the same completion or plan, as a repeat of the latest, or as a record of its own.
 */
async function place(courses: { index(name: 'fingerprint'): { getAll(key: string): Promise<Course[]> } }, incoming: Course): Promise<{ course: Course; existing: Course | null }> {
  const sameActivity = await courses.index('fingerprint').getAll(incoming.fingerprint);
  const existing = recordFor(sameActivity, incoming);
  const latest = latestOf(sameActivity);
  return { course: existing ? mergeCourse(existing, incoming) : latest ? repeatOf(latest, incoming) : incoming, existing };
}

/** The undo records of the latest saves (lib/store/undo.ts), read in the caller's transaction. */
async function undoRecords(meta: { get(key: string): Promise<unknown> }): Promise<SaveUndo[]> {
  return ((await meta.get(UNDO_KEY)) as SaveUndo[] | undefined) ?? [];
}

/** A new course record: its id, its fingerprint (unless given) and a check of every field. */
function newRecord(input: NewCourse): Course {
  const fingerprint = input.fingerprint ?? courseFingerprint({ title: input.title, sponsor: input.sponsor ?? null, approvalNumber: input.approvalNumber ?? null });
  return valid(Course, { ...input, id: crypto.randomUUID(), fingerprint, updatedAt: Date.now() });
}

export async function openStore(name = DB_NAME, onClosed?: () => void) {
  const db = await openDatabase(name, onClosed);

  async function certificateRecord(courseId: string, file: CertificateInput): Promise<Certificate> {
    if (file.blob.size > MAX_CERTIFICATE_BYTES) {
      throw new StoreError('too-large', `This file is ${(file.blob.size / 1048576).toFixed(1)} MB; certificates can be at most 20 MB. Save a smaller scan or a PDF.`);
    }
    const meta = valid(CertificateMeta, { id: crypto.randomUUID(), courseId, name: file.name || 'certificate', type: file.type, size: file.blob.size, addedAt: Date.now() });
    return { ...meta, blob: file.blob };
  }

  const store = {
    db,
    close: () => db.close(),

    async getProfile(): Promise<Profile> {
      return Profile.parse((await db.get('profile', PROFILE_KEY)) ?? { birthMonth: null });
    },
    /**
     * Saves the profile's fields given; the rest stay as stored. The first save records the day
     * tracking began (`trackingSince`), which anchors an estimated biennium once and for all.
     * A form passes the version it was opened on (`editedFrom`): checked as in `putCourse`.
     * Returns what is stored now.
     */
    saveProfile: (p: Partial<Profile>, editedFrom?: Profile) =>
      write(async () => {
        const tx = db.transaction('profile', 'readwrite');
        const raw = await tx.store.get(PROFILE_KEY);
        if (editedFrom) checkRevision(raw && Profile.parse(raw), editedFrom);
        const stored = Profile.parse(raw ?? { birthMonth: null });
        const saved = valid(Profile, { ...stored, ...p, trackingSince: stored.trackingSince ?? p.trackingSince ?? localToday(), updatedAt: nextRevision(stored) });
        await tx.store.put(saved, PROFILE_KEY);
        await tx.done;
        return saved;
      }),

    listCredentials: () => db.getAll('credentials'),
    /** Adds a credential, or saves an edit of the stored version it names (checked as in `putCourse`). */
    putCredential: (c: Credential) =>
      write(async () => {
        const tx = db.transaction('credentials', 'readwrite');
        checkRevision(await tx.store.get(c.id), c);
        await tx.store.put(valid(Credential, { ...c, updatedAt: nextRevision(c) }));
        await tx.done;
      }),
    /** Deletes a credential with its prescriptions, in one transaction. */
    deleteCredential: (id: string) =>
      write(async () => {
        const tx = db.transaction(['credentials', 'prescriptions'], 'readwrite');
        const rx = tx.objectStore('prescriptions');
        for (const key of await rx.index('credentialId').getAllKeys(id)) await rx.delete(key);
        await tx.objectStore('credentials').delete(id);
        await tx.done;
      }),

    listPrescriptions: () => db.getAll('prescriptions'),
    /**
     * Saves a credential's prescription, checked as in `putCourse`. A credential has one: a new one
     * while another tab has saved one for the same credential is a conflict with that one.
     */
    putPrescription: (p: Prescription) =>
      write(async () => {
        const tx = db.transaction(['credentials', 'prescriptions'], 'readwrite');
        const record = valid(Prescription, { ...p, updatedAt: nextRevision(p) });
        if (!(await tx.objectStore('credentials').get(record.credentialId))) throw new StoreError('not-found', 'Add the credential before its prescription.');
        const prescriptions = tx.objectStore('prescriptions');
        const ofCredential = await prescriptions.index('credentialId').getAll(record.credentialId);
        const same = ofCredential.find((s) => s.id === p.id);
        if (!same && ofCredential[0]) throw new ConflictError(ofCredential[0]);
        checkRevision(same, p);
        await prescriptions.put(record);
        await tx.done;
      }),
    deletePrescription: (id: string) => write(() => db.delete('prescriptions', id)),

    async listOutlineOverrides(): Promise<Outline[]> {
      return (await db.getAll('outlineOverrides')).map(({ key: _key, ...o }) => OutlineSchema.parse(o));
    },
    /** Saves the user's correction of an outline, checked as in `putCourse` against a correction stored meanwhile; returns it as stored. */
    putOutlineOverride: (o: Outline) =>
      write(async () => {
        const record = valid(OutlineSchema, { ...o, updatedAt: nextRevision(o) });
        const tx = db.transaction('outlineOverrides', 'readwrite');
        const stored = await tx.store.get(outlineKey(record));
        checkRevision(stored && OutlineSchema.parse(stored), o);
        await tx.store.put({ ...record, key: outlineKey(record) });
        await tx.done;
        return record;
      }),
    deleteOutlineOverride: (o: Pick<Outline, 'discipline' | 'version'>) => write(() => db.delete('outlineOverrides', outlineKey(o))),

    listCourses: () => db.getAll('courses'),
    getCourse: (id: string) => db.get('courses', id),
    /**
     * Saves an edited course if what is stored is still the version the edit started from (its
     * revision, compared in the same transaction: `checkRevision`). On a conflict nothing is
     * written and the stored version is thrown. With a certificate (a planned course completed by
     * its certificate), both or neither.
     */
    putCourse: (c: Course, certificate?: CertificateInput) =>
      write(async () => {
        const course = valid(Course, { ...c, updatedAt: nextRevision(c) });
        const cert = certificate ? await certificateRecord(course.id, certificate) : null;
        const tx = db.transaction(['courses', 'certificates'], 'readwrite');
        const stored = await tx.objectStore('courses').get(c.id);
        checkRevision(stored, c);
        if (cert) {
          if (stored?.certificateId) await tx.objectStore('certificates').delete(stored.certificateId);
          await tx.objectStore('certificates').put(cert);
        }
        await tx.objectStore('courses').put(cert ? { ...course, certificateId: cert.id } : course);
        await tx.done;
      }),

    /**
     * Saves a course seen on a page. Every completion is kept (a retake is a record of its own, the
     * rules decide what it counts for); a save of the same completion or of a plan joins its record.
     * One transaction over courses and certificates, so two tabs saving at once end with one record
     * and a failed certificate write leaves the course as it was.
     */
    upsertCourseByFingerprint: (input: NewCourse, certificate?: CertificateInput) =>
      write(async () => {
        const incoming = newRecord(input);
        const cert = certificate ? await certificateRecord(incoming.id, certificate) : null;
        const tx = db.transaction(['courses', 'certificates', 'meta'], 'readwrite');
        const courses = tx.objectStore('courses');
        const { course: placedCourse, existing } = await place(courses, incoming);
        let course = placedCourse;
        let replaced: Certificate | null = null;
        if (cert) {
          if (course.certificateId) {
            replaced = (await tx.objectStore('certificates').get(course.certificateId)) ?? null;
            await tx.objectStore('certificates').delete(course.certificateId);
          }
          cert.courseId = course.id;
          await tx.objectStore('certificates').put(cert);
          course = { ...course, certificateId: cert.id };
        }
        await courses.put(course);
        // What this save changed, so it can be undone exactly (lib/store/undo.ts), in the same transaction.
        const meta = tx.objectStore('meta');
        await meta.put(rememberSave(await undoRecords(meta), { courseId: course.id, savedUpdatedAt: course.updatedAt, previous: existing, replacedCertificate: replaced }), UNDO_KEY);
        await tx.done;
        return { course, created: !existing };
      }),

    /**
     * Undoes the last save of a course (`upsertCourseByFingerprint`): a record it created goes, a
     * record it changed gets its previous version back, with the certificate the save replaced; a
     * certificate the save added goes with the save. Only while the record is exactly as that save
     * left it (compared in the same transaction): a later edit, elsewhere, is never undone by it.
     */
    undoSave: (courseId: string, fingerprint: string) =>
      write(async (): Promise<{ removed: boolean; course: Course | null }> => {
        const tx = db.transaction(['courses', 'certificates', 'meta'], 'readwrite');
        const courses = tx.objectStore('courses');
        const meta = tx.objectStore('meta');
        const saves = await undoRecords(meta);
        const undo = saves.find((u) => u.courseId === courseId);
        const current = await courses.get(courseId);
        if (!undo || !current || current.fingerprint !== fingerprint) throw new StoreError('not-found', 'There is no save of this course to undo.');
        if (current.updatedAt !== undo.savedUpdatedAt) {
          throw new StoreError('conflict', "This course was changed after that save (in the options page or another tab), so it was not undone. Change it in CE Companion's options.");
        }
        const certificates = tx.objectStore('certificates');
        if (current.certificateId && current.certificateId !== undo.previous?.certificateId) await certificates.delete(current.certificateId);
        if (undo.replacedCertificate) await certificates.put(undo.replacedCertificate);
        if (undo.previous) await courses.put(undo.previous);
        else await courses.delete(courseId);
        await meta.put(forgetSave(saves, courseId), UNDO_KEY);
        await tx.done;
        return { removed: !undo.previous, course: undo.previous };
      }),

    /**
     * Removes a course from the plan: the planned record of that activity (the one a plan joins,
     * lib/store/merge.ts), found in the same transaction. A course completed since, or holding a
     * certificate, stays.
     */
    removeFromPlan: (fingerprint: string) =>
      write(async () => {
        const tx = db.transaction(['courses', 'meta'], 'readwrite');
        const course = (await tx.objectStore('courses').index('fingerprint').getAll(fingerprint)).find((c) => c.status === 'planned');
        if (!course) throw new StoreError('not-found', 'This course is not in your plan any more.');
        if (course.certificateId) throw new StoreError('conflict', "This planned course has a certificate: remove it in CE Companion's options, where you can keep the certificate.");
        await tx.objectStore('courses').delete(course.id);
        const meta = tx.objectStore('meta');
        await meta.put(forgetSave(await undoRecords(meta), course.id), UNDO_KEY);
        await tx.done;
      }),

    /**
     * Adds an imported history in one transaction: every course or none (a full disk halfway
     * leaves the store as it was). A course saved as planned is completed by its imported record.
     */
    importCourses: (inputs: readonly NewCourse[]) =>
      write(async () => {
        const records = inputs.map(newRecord);
        const tx = db.transaction('courses', 'readwrite');
        for (const incoming of records) await tx.store.put((await place(tx.store, incoming)).course);
        await tx.done;
        return records.length;
      }),

    deleteCourse: (id: string) =>
      write(async (): Promise<DeletedCourse> => {
        const tx = db.transaction(['courses', 'certificates'], 'readwrite');
        const course = await tx.objectStore('courses').get(id);
        if (!course) throw new StoreError('not-found', 'That course is no longer saved.');
        const certificate = course.certificateId ? ((await tx.objectStore('certificates').get(course.certificateId)) ?? null) : null;
        if (certificate) await tx.objectStore('certificates').delete(certificate.id);
        await tx.objectStore('courses').delete(id);
        await tx.done;
        return { course, certificate };
      }),
    /**
     * Undo of deleteCourse: puts both records back. If the same course was saved again since (from
     * its page) and one record per course is kept (a unique fingerprint index), the deleted record
     * is merged into the new one, which gets its certificate; if the new one has its own
     * certificate too, the deleted record comes back beside it (with a distinct fingerprint, as the
     * v2 migration does for duplicates), so no certificate is ever dropped.
     */
    restoreCourse: (d: DeletedCourse) =>
      write(async (): Promise<{ outcome: 'restored' | 'merged' | 'beside' }> => {
        const tx = db.transaction(['courses', 'certificates'], 'readwrite');
        const courses = tx.objectStore('courses');
        const byFingerprint = courses.index('fingerprint');
        const again = byFingerprint.unique ? (await byFingerprint.getAll(d.course.fingerprint)).find((c) => c.id !== d.course.id) : undefined;
        let outcome: 'restored' | 'merged' | 'beside' = 'restored';
        let course = d.course;
        let certificate = d.certificate;
        if (again && (!again.certificateId || !certificate)) {
          outcome = 'merged';
          course = { ...mergeCourse(again, d.course), certificateId: again.certificateId ?? certificate?.id ?? null };
          if (certificate) certificate = { ...certificate, courseId: again.id };
        } else if (again) {
          outcome = 'beside';
          course = { ...d.course, fingerprint: `${d.course.fingerprint}#${d.course.id}` };
        }
        await courses.put(course);
        if (certificate) await tx.objectStore('certificates').put(certificate);
        await tx.done;
        return { outcome };
      }),

    /** Attaches or replaces a course's certificate; the old file goes only when the new one is stored. */
    putCertificate: (courseId: string, file: CertificateInput) =>
      write(async (): Promise<CertificateMeta> => {
        const cert = await certificateRecord(courseId, file);
        const tx = db.transaction(['courses', 'certificates'], 'readwrite');
        const course = await tx.objectStore('courses').get(courseId);
        if (!course) throw new StoreError('not-found', 'Save the course before adding its certificate.');
        if (course.certificateId) await tx.objectStore('certificates').delete(course.certificateId);
        await tx.objectStore('certificates').put(cert);
        await tx.objectStore('courses').put({ ...course, certificateId: cert.id, updatedAt: Date.now() });
        await tx.done;
        const { blob: _blob, ...meta } = cert;
        return meta;
      }),
    getCertificate: (id: string) => db.get('certificates', id),
    async listCertificateMeta(): Promise<CertificateMeta[]> {
      const out: CertificateMeta[] = [];
      for (let c = await db.transaction('certificates').store.openCursor(); c; c = await c.continue()) {
        const { blob: _blob, ...meta } = c.value;
        out.push(meta);
      }
      return out;
    },

    async loadRulesInput(): Promise<RulesInput> {
      const tx = db.transaction(['profile', 'credentials', 'prescriptions', 'courses', 'outlineOverrides']);
      const [profile, credentials, prescriptions, courses, overrides] = await Promise.all([
        tx.objectStore('profile').get(PROFILE_KEY),
        tx.objectStore('credentials').getAll(),
        tx.objectStore('prescriptions').getAll(),
        tx.objectStore('courses').getAll(),
        tx.objectStore('outlineOverrides').getAll(),
      ]);
      return {
        profile: Profile.parse(profile ?? { birthMonth: null }),
        credentials,
        prescriptions,
        courses,
        outlineOverrides: overrides.map(({ key: _key, ...o }) => OutlineSchema.parse(o)),
      };
    },

    getMeta: async <T>(key: string) => (await db.get('meta', key)) as T | undefined,
    /** Bookkeeping (e.g. reminders sent): no data-changed broadcast, which would loop the worker. */
    setMeta: (key: string, value: unknown) => write(() => db.put('meta', value, key), false),
    listQuarantine: () => db.getAll('quarantine'),
  };
  return store;
}

export type Store = Awaited<ReturnType<typeof openStore>>;
