import { webLink } from '../ui/web-link';
import { useState } from 'preact/hooks';
import type { Course } from '../../lib/rules';
import { ConflictError, type CertificateMeta } from '../../lib/store';
import { CERTIFICATE_ACCEPT } from '../../lib/store/limits';
import { CREDIT_LIMITS, formatCredits, toHundredths } from '../../lib/units/credits';
import { getStore, mutate } from '../data/use-data';

interface Props {
  course: Course;
  /** Why this completion does not (or may not) count this biennium, if so. */
  note?: { kind: string; reason: string };
  certificate: CertificateMeta | undefined;
  onDelete: (course: Course) => void;
}

const BASIS_LABEL = { stated: 'stated by sponsor', confirmed: 'confirmed by you', estimated: 'estimated — not counted until confirmed', none: 'no distribution' } as const;

/** One course of the history: facts, distribution, certificate, and edit/delete. */
export function CourseRow({ course, note, certificate, onDelete }: Props) {
  const [editing, setEditing] = useState(false);
  // The version the form was opened on: the save is checked against it (another tab may save first).
  const [base, setBase] = useState(course);
  const [conflict, setConflict] = useState<Course | null>(null);
  const [status, setStatus] = useState(course.status);
  const [completedOn, setCompletedOn] = useState(course.completedOn ?? '');
  const [credits, setCredits] = useState(formatCredits(course.credits));
  const [message, setMessage] = useState<string | null>(null);

  function edit(from: Course) {
    setBase(from);
    setStatus(from.status);
    setCompletedOn(from.completedOn ?? '');
    setCredits(formatCredits(from.credits));
    setConflict(null);
    setEditing(true);
  }

  async function save(e: Event, over: Course = base) {
    e.preventDefault();
    const n = Number(credits);
    if (!Number.isFinite(n) || n < 0 || toHundredths(n) > CREDIT_LIMITS.course) return setMessage('Credits must be a number like 1.5.');
    if (status === 'completed' && !completedOn) return setMessage('A completed course needs its completion date.');
    try {
      await mutate((s) => s.putCourse({ ...over, status, completedOn: status === 'completed' ? completedOn : null, credits: toHundredths(n) }));
      setEditing(false);
      setConflict(null);
      setMessage(null);
    } catch (err) {
      if (err instanceof ConflictError) setConflict(err.current as Course);
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
        {editing ? (
          <form onSubmit={save}>
            <label>
              Status
              <select value={status} onChange={(e) => setStatus(e.currentTarget.value as Course['status'])}>
                <option value="seen">Seen</option>
                <option value="planned">Planned</option>
                <option value="completed">Completed</option>
              </select>
            </label>
            <label>
              Completed on
              <input type="date" value={completedOn} onInput={(e) => setCompletedOn(e.currentTarget.value)} />
            </label>
            <label>
              Credits
              <input type="number" step={0.25} min={0} value={credits} onInput={(e) => setCredits(e.currentTarget.value)} />
            </label>
            <button type="submit">Save</button>
            {conflict && (
              <div data-testid="edit-conflict">
                <p>
                  Saved elsewhere: {conflict.status}
                  {conflict.completedOn ? ` on ${conflict.completedOn}` : ''}, {formatCredits(conflict.credits)} credits. Yours: {status}
                  {status === 'completed' && completedOn ? ` on ${completedOn}` : ''}, {credits} credits.
                </p>
                <button type="button" data-testid="keep-mine" onClick={(e) => void save(e, conflict)}>
                  Save mine over it
                </button>{' '}
                <button type="button" class="secondary" data-testid="keep-theirs" onClick={() => edit(conflict)}>
                  Edit the saved version
                </button>
              </div>
            )}
          </form>
        ) : (
          <div class="row" style={{ marginTop: 0 }}>
            <button type="button" class="secondary" data-testid="edit-course" onClick={() => edit(course)}>
              Edit
            </button>
            <button type="button" class="danger" data-testid="delete-course" onClick={() => onDelete(course)}>
              Delete
            </button>
          </div>
        )}
        {message && <p role="status">{message}</p>}
      </td>
    </tr>
  );
}
