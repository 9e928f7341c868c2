import { useEffect, useState } from 'preact/hooks';
import type { Course, Evaluation, RulesInput } from '../../lib/rules';
import type { CertificateMeta, DeletedCourse } from '../../lib/store';
import { getStore, mutate } from '../data/use-data';
import { AddCourseForm } from './AddCourseForm';
import { CourseRow } from './CourseRow';

type Period = 'current' | 'all';

/** Rows drawn at a time: a ten-year history can hold thousands of courses; the page stays quick. */
const PAGE = 50;

const UNDONE = {
  restored: 'Restored.',
  merged: 'Restored into the same course, saved again since you deleted it (its certificate kept).',
  beside: 'Restored beside the same course, saved again since you deleted it with a certificate of its own: both certificates are kept. Delete the one you do not need.',
} as const;

/** Course history with filters (credential, biennium, status), edit, delete with undo, certificates. */
export function CoursesSection({ input, evaluation }: { input: RulesInput; evaluation: Evaluation }) {
  const [discipline, setDiscipline] = useState('');
  const [period, setPeriod] = useState<Period>('all');
  const [status, setStatus] = useState('');
  const [deleted, setDeleted] = useState<DeletedCourse | null>(null);
  const [undone, setUndone] = useState<string | null>(null);
  const [certificates, setCertificates] = useState<CertificateMeta[]>([]);
  const [limit, setLimit] = useState(PAGE);

  useEffect(() => {
    void getStore().then(async (s) => setCertificates(await s.listCertificateMeta()));
  }, [input]);

  const b = evaluation.biennium;
  // Why a completion does not (or may not) count, shown on its row with the answer that settles it.
  const notes = new Map([...(b?.excluded ?? []), ...(b?.flagged ?? [])].filter((e) => e.kind !== 'repeat-in-biennium').map((e) => [e.courseId, e]));
  const shown = input.courses
    .filter((c) => !discipline || c.disciplines.includes(discipline as Course['disciplines'][number]) || c.distribution.some((d) => d.discipline === discipline))
    .filter((c) => period === 'all' || (b !== null && c.completedOn !== null && c.completedOn >= b.start && c.completedOn <= b.end))
    .filter((c) => !status || c.status === status)
    .sort((x, y) => (y.completedOn ?? '').localeCompare(x.completedOn ?? '') || y.updatedAt - x.updatedAt);
  const certificateOf = new Map(certificates.map((c) => [c.id, c]));

  async function remove(course: Course) {
    setUndone(null);
    setDeleted(await mutate((s) => s.deleteCourse(course.id)));
  }

  return (
    <section class="card" id="courses" aria-labelledby="courses-h">
      <h2 id="courses-h">Course history</h2>
      <div class="row">
        <label>
          Credential
          <select value={discipline} onChange={(e) => setDiscipline(e.currentTarget.value)}>
            <option value="">All</option>
            {[...new Set(input.credentials.map((c) => c.discipline))].map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
        <label>
          Biennium
          <select value={period} onChange={(e) => setPeriod(e.currentTarget.value as Period)}>
            <option value="all">All</option>
            <option value="current">Current{b ? ` (${b.start} – ${b.end})` : ''}</option>
          </select>
        </label>
        <label>
          Status
          <select value={status} onChange={(e) => setStatus(e.currentTarget.value)}>
            <option value="">All</option>
            <option value="completed">Completed</option>
            <option value="planned">Planned</option>
            <option value="seen">Seen</option>
          </select>
        </label>
      </div>
      {deleted && (
        <p role="status">
          Deleted “{deleted.course.title}”.{' '}
          <button
            type="button"
            data-testid="undo"
            onClick={async () => {
              // The banner stays until the undo is done, and says what happened or why it could not.
              try {
                const { outcome } = await mutate((s) => s.restoreCourse(deleted));
                setDeleted(null);
                setUndone(UNDONE[outcome]);
              } catch (e) {
                setUndone(`Could not restore “${deleted.course.title}”: ${e instanceof Error ? e.message : String(e)} Nothing was lost: try Undo again.`);
              }
            }}
          >
            Undo
          </button>
        </p>
      )}
      {undone && (
        <p role="status" data-testid="undo-result">
          {undone}
        </p>
      )}
      {shown.length === 0 ? (
        <p class="muted">No courses yet. Save them from sponsor pages, or add one below.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Course</th>
              <th>Credits</th>
              <th>Status</th>
              <th>Certificate</th>
              <th>
                <span class="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, limit).map((c) => (
              <CourseRow key={c.id} course={c} note={notes.get(c.id)} certificate={c.certificateId ? certificateOf.get(c.certificateId) : undefined} onDelete={(x) => void remove(x)} />
            ))}
          </tbody>
        </table>
      )}
      {shown.length > limit && (
        <p>
          Showing {limit} of {shown.length}.{' '}
          <button type="button" class="secondary" onClick={() => setLimit(limit + PAGE)}>
            Show {Math.min(PAGE, shown.length - limit)} more
          </button>
        </p>
      )}
      <AddCourseForm />
    </section>
  );
}
