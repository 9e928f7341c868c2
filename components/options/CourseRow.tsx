import { useState } from 'preact/hooks';
import type { Course } from '../../lib/rules';
import type { CertificateMeta } from '../../lib/store';
import { CREDIT_LIMITS, formatCredits, toHundredths } from '../../lib/units/credits';
import { getStore, mutate } from '../data/use-data';

interface Props {
  course: Course;
  certificate: CertificateMeta | undefined;
  onDelete: (course: Course) => void;
}

const BASIS_LABEL = { stated: 'stated by sponsor', confirmed: 'confirmed by you', estimated: 'estimated — not counted until confirmed', none: 'no distribution' } as const;

/** One course of the history: facts, distribution, certificate, and edit/delete. */
export function CourseRow({ course, certificate, onDelete }: Props) {
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState(course.status);
  const [completedOn, setCompletedOn] = useState(course.completedOn ?? '');
  const [credits, setCredits] = useState(formatCredits(course.credits));
  const [message, setMessage] = useState<string | null>(null);

  async function save(e: Event) {
    e.preventDefault();
    const n = Number(credits);
    if (!Number.isFinite(n) || n < 0 || toHundredths(n) > CREDIT_LIMITS.course) return setMessage('Credits must be a number like 1.5.');
    if (status === 'completed' && !completedOn) return setMessage('A completed course needs its completion date.');
    try {
      await mutate((s) => s.putCourse({ ...course, status, completedOn: status === 'completed' ? completedOn : null, credits: toHundredths(n) }));
      setEditing(false);
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
          <input type="file" accept="application/pdf,image/*" data-testid="certificate-input" onChange={(e) => void attach(e.currentTarget.files?.[0])} />
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
          </form>
        ) : (
          <div class="row" style={{ marginTop: 0 }}>
            <button type="button" class="secondary" onClick={() => setEditing(true)}>
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
