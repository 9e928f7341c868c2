import { useEffect, useRef, useState } from 'preact/hooks';
import { checkCredits, checkDate, creditInputBounds, type Course } from '../../lib/rules';
import type { CertificateMeta } from '../../lib/store';
import { formatCredits } from '../../lib/units/credits';
import { localToday } from '../../lib/units/dates';
import { showDate } from '../../lib/units/show';
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
  const [status, setStatus] = useState(course.status);
  const [completedOn, setCompletedOn] = useState(course.completedOn ?? '');
  const [credits, setCredits] = useState(formatCredits(course.credits));
  const [message, setMessage] = useState<string | null>(null);
  // After a save the form closes: focus returns to this row's Edit button, not to the page's top.
  const editButton = useRef<HTMLButtonElement>(null);
  const [refocus, setRefocus] = useState(false);
  useEffect(() => {
    if (refocus && !editing) editButton.current?.focus();
    setRefocus(false);
  }, [refocus, editing]);

  async function save(e: Event) {
    e.preventDefault();
    const n = checkCredits('courseCredits', credits);
    if (!n.ok) return setMessage(n.message);
    const date = status === 'completed' ? checkDate('completedOn', completedOn, localToday()) : null;
    if (date && !date.ok) return setMessage(date.message);
    try {
      await mutate((s) => s.putCourse({ ...course, status, completedOn: date?.value ?? null, credits: n.value }));
      setEditing(false);
      setRefocus(true);
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
    <tr data-testid="course-row" data-status={course.status}>
      <td>
        <strong>{course.title}</strong>
        <div class="muted">
          {[course.sponsor, course.approvalNumber, course.category && `Category ${course.category}`].filter(Boolean).join(' · ')}
          {course.url && (
            <>
              {' · '}
              <a href={course.url} target="_blank" rel="noopener noreferrer">
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
      <td>{course.status === 'completed' ? `Completed ${course.completedOn ? showDate(course.completedOn) : ''}` : course.status === 'planned' ? 'Planned' : 'Seen'}</td>
      <td>
        {certificate ? (
          <button type="button" class="secondary" aria-label={`View the certificate of ${course.title}`} onClick={() => void view()}>
            View certificate
          </button>
        ) : (
          <span class="muted">No certificate</span>
        )}
        <label>
          {certificate ? 'Replace' : 'Add'} certificate
          <input type="file" accept="application/pdf,image/*" data-testid="certificate-input" onChange={(e) => void attach(e.currentTarget.files?.[0])} />
        </label>
      </td>
      <td>
        {editing ? (
          <form onSubmit={save} noValidate>
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
              <input type="date" value={completedOn} max={localToday()} onInput={(e) => setCompletedOn(e.currentTarget.value)} />
            </label>
            <label>
              Credits
              <input type="number" {...creditInputBounds('courseCredits')} value={credits} onInput={(e) => setCredits(e.currentTarget.value)} />
            </label>
            <button type="submit">Save</button>
          </form>
        ) : (
          <div class="row" style={{ marginTop: 0 }}>
            <button type="button" class="secondary" ref={editButton} aria-label={`Edit ${course.title}`} onClick={() => setEditing(true)}>
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
  );
}
