import { useState } from 'preact/hooks';
import { courseFromDraft, draftFromCourse, type CourseDraft, type FieldError } from '../../lib/import/course-draft';
import type { Course } from '../../lib/rules';
import type { CertificateMeta } from '../../lib/store';
import { CERTIFICATE_ACCEPT } from '../../lib/store/limits';
import { formatCredits } from '../../lib/units/credits';
import { getStore, mutate } from '../data/use-data';
import { webLink } from '../ui/web-link';
import { CourseFields } from './CourseFields';
import { EditConflict, useStoredEdit } from './EditConflict';

interface Props {
  course: Course;
  /** Why this completion does not (or may not) count this biennium, if so. */
  note?: { kind: string; reason: string };
  certificate: CertificateMeta | undefined;
  onDelete: (course: Course) => void;
  today: string;
}

const BASIS_LABEL = { stated: 'stated by sponsor', confirmed: 'confirmed by you', estimated: 'estimated — not counted until confirmed', none: 'no distribution' } as const;

/** One course of the history: facts, distribution, certificate, and edit/delete. */
export function CourseRow({ course, note, certificate, onDelete, today }: Props) {
  const [draft, setDraft] = useState<CourseDraft | null>(null);
  const stored = useStoredEdit(course);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [message, setMessage] = useState<string | null>(null);

  function edit(from: Course) {
    stored.start(from);
    setDraft(draftFromCourse(from));
    setMessage(null);
  }

  async function save(e: Event, over: Course = stored.base) {
    e.preventDefault();
    if (!draft) return;
    const { course: edited, errors } = courseFromDraft(draft, today);
    setErrors(errors);
    if (!edited) return;
    // A distribution left as it was keeps where it came from (stated by the page, estimated).
    const sameDistribution = JSON.stringify(draft.distribution) === JSON.stringify(draftFromCourse(over).distribution);
    try {
      await stored.save((base) => mutate((s) => s.putCourse({ ...base, ...edited, distributionBasis: sameDistribution ? base.distributionBasis : edited.distributionBasis! } as Course)), over);
      setDraft(null);
      setMessage(`Saved “${course.title}”.`);
    } catch (err) {
      setMessage(err instanceof Error ? err.message : String(err));
    }
  }

  async function attach(file: File | undefined) {
    if (!file) return;
    try {
      await mutate((s) => s.putCertificate(course.id, { name: file.name, type: file.type, blob: file }));
      setMessage('Certificate saved.');
    } catch (err) {
      setMessage(err instanceof Error ? err.message : String(err));
    }
  }

  async function view() {
    const cert = certificate && (await (await getStore()).getCertificate(certificate.id));
    if (cert) window.open(URL.createObjectURL(cert.blob), '_blank', 'noopener');
  }

  return (
    <>
      <tr data-testid="course-row" data-status={course.status}>
        <td>
          <strong>{course.title}</strong>
          <div class="muted">
            {[course.sponsor, course.approvalNumber, course.category && `Category ${course.category}`].filter(Boolean).join(' · ')}
            {webLink(course.url) && (
              <>
                {' · '}
                <a href={webLink(course.url)!} target="_blank" rel="noopener noreferrer">
                  page
                </a>
              </>
            )}
          </div>
          {note && (
            <div class="notice" data-testid="course-note" data-kind={note.kind}>
              {note.reason}
              {note.kind === 'no-category' && (
                <div class="row">
                  <button type="button" class="secondary" onClick={() => void mutate((s) => s.putCourse({ ...course, category: 'A' }))}>
                    Category A
                  </button>
                  <button type="button" class="secondary" onClick={() => void mutate((s) => s.putCourse({ ...course, category: 'A+' }))}>
                    Category A+
                  </button>
                </div>
              )}
              {note.kind === 'unknown-format-repeat' && (
                <div class="row">
                  <button type="button" class="secondary" data-testid="answer-live" onClick={() => void mutate((s) => s.putCourse({ ...course, format: 'live' }))}>
                    It was a live event
                  </button>
                  <button type="button" class="secondary" onClick={() => void mutate((s) => s.putCourse({ ...course, format: 'home-study' }))}>
                    It was home study
                  </button>
                </div>
              )}
            </div>
          )}
          {course.distribution.length > 0 && (
            <div class="muted">
              {course.distribution.map((d) => `${d.discipline} ${d.subcategory ?? d.category} ${formatCredits(d.credits)}${d.unmapped ? ' (old outline name, not counted)' : ''}`).join('; ')} — {BASIS_LABEL[course.distributionBasis]}
              {course.distributionBasis === 'estimated' && (
                <button type="button" class="secondary" onClick={() => void mutate((s) => s.putCourse({ ...course, distributionBasis: 'confirmed' }))}>
                  Confirm distribution
                </button>
              )}
            </div>
          )}
        </td>
        <td>{formatCredits(course.credits)}</td>
        <td>{course.status === 'completed' ? `Completed ${course.completedOn}` : course.status === 'planned' ? 'Planned' : 'Seen'}</td>
        <td>
          {certificate ? (
            <button type="button" class="secondary" onClick={() => void view()}>
              View certificate
            </button>
          ) : (
            <span class="muted">No certificate</span>
          )}
          <label>
            {certificate ? 'Replace' : 'Add'} certificate
            <input type="file" accept={CERTIFICATE_ACCEPT} data-testid="certificate-input" onChange={(e) => void attach(e.currentTarget.files?.[0])} />
          </label>
        </td>
        <td>
          {draft ? (
            <span class="muted">Editing below</span>
          ) : (
            <div class="row" style={{ marginTop: 0 }}>
              <button type="button" class="secondary" data-testid="edit-course" aria-label={`Edit ${course.title}`} onClick={() => edit(course)}>
                Edit
              </button>
              <button type="button" class="danger" data-testid="delete-course" aria-label={`Delete ${course.title}`} onClick={() => onDelete(course)}>
                Delete
              </button>
            </div>
          )}
          {message && <p role="status">{message}</p>}
        </td>
      </tr>
      {draft && (
        <tr>
          <td colSpan={5}>
            <form onSubmit={save} aria-label={`Edit ${course.title}`}>
              <CourseFields id={`edit-${course.id}`} draft={draft} onChange={setDraft} errors={errors} withStatus />
              {stored.conflict && (
                <EditConflict
                  theirs={`${stored.conflict.status}${stored.conflict.completedOn ? ` on ${stored.conflict.completedOn}` : ''}, ${formatCredits(stored.conflict.credits)} credits`}
                  mine={`${draft.status}${draft.completedOn ? ` on ${draft.completedOn}` : ''}, ${draft.credits} credits`}
                  onSaveMine={(e) => void save(e, stored.conflict!)}
                  onEditTheirs={() => edit(stored.conflict!)}
                />
              )}
              <div class="row">
                <button type="submit" data-testid="save-edit">
                  Save
                </button>
                <button type="button" class="secondary" onClick={() => (setDraft(null), setErrors([]), stored.start(course))}>
                  Cancel
                </button>
              </div>
            </form>
          </td>
        </tr>
      )}
    </>
  );
}
