import { useEffect, useRef, useState } from 'preact/hooks';
import { readCertificate } from '../../lib/import/certificate';
import { courseFromDraft, emptyDraft, LABELS, type CourseDraft, type FieldError } from '../../lib/import/course-draft';
import { completePlanned, differences, plannedCourseFor } from '../../lib/import/match';
import type { Course } from '../../lib/rules';
import { CERTIFICATE_TYPES, MAX_CERTIFICATE_BYTES } from '../../lib/store/limits';
import { mutate } from '../data/use-data';
import { readPdf } from './certificate/read-pdf';
import { CourseFields } from './CourseFields';

type Preview = { kind: 'canvas'; canvas: HTMLCanvasElement } | { kind: 'image'; url: string } | null;

/**
 * A course done elsewhere (a conference, an LMS, an employer's lecture), entered by hand or from
 * its certificate: a PDF's text fills the fields, its first page is shown beside them, and
 * nothing is saved until the user has checked them and pressed Save. A certificate of a course
 * saved as planned completes that course instead of adding a second record.
 */
export function AddCourseForm({ courses, today }: { courses: readonly Course[]; today: string }) {
  const [draft, setDraft] = useState<CourseDraft>(emptyDraft);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<Preview>(null);
  const [reading, setReading] = useState<{ text: string; error: boolean } | null>(null);
  const [checked, setChecked] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const pageBox = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const box = pageBox.current;
    if (box && preview?.kind === 'canvas') box.replaceChildren(preview.canvas);
    return () => {
      if (preview?.kind === 'image') URL.revokeObjectURL(preview.url);
    };
  }, [preview]);

  const proposed = courseFromDraft(draft, today).course;
  const planned = proposed && file ? plannedCourseFor(proposed, courses) : null;
  const diffs = planned && proposed ? differences(planned, proposed) : [];

  async function pick(f: File | undefined) {
    if (!f) return;
    setOpen(true);
    setMessage(null);
    setErrors([]);
    setPreview(null);
    setFile(null);
    setChecked(false);
    if (f.size > MAX_CERTIFICATE_BYTES) return setReading({ text: `This file is ${(f.size / 1048576).toFixed(1)} MB; certificates can be at most 20 MB. Save a smaller scan or a PDF. Nothing was changed.`, error: true });
    if (!CERTIFICATE_TYPES.test(f.type)) return setReading({ text: `“${f.name}” is not a PDF or an image; a certificate must be one. Nothing was changed.`, error: true });
    setFile(f);
    if (f.type !== 'application/pdf') {
      setPreview({ kind: 'image', url: URL.createObjectURL(f) });
      return setReading({ text: 'A picture of a certificate: enter what it says in the fields, then save. The picture is kept with the course.', error: false });
    }
    setReading({ text: 'Reading the certificate…', error: false });
    try {
      const pdf = await readPdf(f);
      setPreview({ kind: 'canvas', canvas: pdf.canvas });
      const read = readCertificate(pdf.pages);
      setDraft(read.draft);
      const scripts = pdf.active ? ' This PDF holds form fields or scripts; they were not run.' : '';
      setReading(
        read.readable
          ? { text: `Read from the certificate: ${read.found.map((k) => LABELS[k]).join(', ') || 'nothing we recognize'}. Check each field against the page, correct what is wrong, then save.${scripts}`, error: false }
          : { text: `This certificate has no text to read (a scan or a photo). Enter what it says from the page shown, then save.${scripts}`, error: false },
      );
    } catch (e) {
      setFile(null);
      setReading({ text: e instanceof Error ? e.message : String(e), error: true });
    }
  }

  async function save(e: Event) {
    e.preventDefault();
    const { course, errors } = courseFromDraft(draft, today);
    setErrors(errors);
    if (!course) return;
    if (diffs.length && !checked) return setErrors([{ field: 'title', message: 'The certificate differs from your planned course (see above): tick “Save the certificate’s values” after checking, or correct the fields.' }]);
    const certificate = file ? { name: file.name, type: file.type, blob: file } : undefined;
    try {
      if (planned) await mutate((s) => s.putCourse(completePlanned(planned, course), certificate));
      else await mutate((s) => s.upsertCourseByFingerprint(course, certificate));
      setMessage(planned ? `Completed “${planned.title}” on ${course.completedOn}, with its certificate.` : `Course added: “${course.title}”.`);
      setDraft(emptyDraft());
      setFile(null);
      setPreview(null);
      setReading(null);
      setChecked(false);
    } catch (err) {
      setMessage(err instanceof Error ? err.message : String(err));
    }
  }

  return (
    <details
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      data-testid="add-course"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        void pick(e.dataTransfer?.files[0]);
      }}
    >
      <summary>Add a completed course by hand or from its certificate</summary>
      <div class="certificate-form">
        <form onSubmit={save} class="certificate-fields" aria-label="Completed course">
          <label class="drop">
            Certificate (PDF or image; or drop it here)
            <input type="file" accept="application/pdf,image/*" data-testid="add-certificate-file" onChange={(e) => void pick(e.currentTarget.files?.[0])} />
          </label>
          {reading && (
            <p role="status" data-testid="certificate-reading" class={reading.error ? 'error' : 'muted'}>
              {reading.text}
            </p>
          )}
          {planned && (
            <div class="card" data-testid="planned-match">
              This certificate is for “{planned.title}”, saved as {planned.status}: saving completes that course{proposed?.completedOn ? ` on ${proposed.completedOn}` : ''} and keeps the certificate with it.
              {diffs.length > 0 && (
                <>
                  <table data-testid="differences">
                    <caption class="sr-only">Differences between the planned course and the certificate</caption>
                    <thead>
                      <tr>
                        <th>Field</th>
                        <th>Saved</th>
                        <th>Certificate</th>
                      </tr>
                    </thead>
                    <tbody>
                      {diffs.map((d) => (
                        <tr key={d.field}>
                          <td>{d.field}</td>
                          <td>{d.saved}</td>
                          <td>{d.certificate}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  <label class="inline">
                    <input type="checkbox" data-testid="accept-differences" checked={checked} onChange={(e) => setChecked(e.currentTarget.checked)} /> Save the certificate’s values (as in the fields)
                  </label>
                </>
              )}
            </div>
          )}
          <CourseFields id="add-course" draft={draft} onChange={setDraft} errors={errors} />
          <div class="row">
            <button type="submit" data-testid="save-course">
              {planned ? 'Complete the planned course' : 'Save course'}
            </button>
          </div>
          {message && (
            <p role="status" data-testid="add-course-message">
              {message}
            </p>
          )}
        </form>
        {preview && (
          <figure class="certificate-page" data-testid="certificate-page">
            {preview.kind === 'image' ? <img src={preview.url} alt="The certificate" /> : <div ref={pageBox} role="img" aria-label="The certificate’s first page" />}
            <figcaption class="muted">{file?.name}</figcaption>
          </figure>
        )}
      </div>
    </details>
  );
}
