import { useEffect, useState } from 'preact/hooks';
import type { Evaluation, RulesInput } from '../../lib/rules';
import type { CertificateMeta } from '../../lib/store';
import { formatCredits } from '../../lib/units/credits';
import { getStore } from '../data/use-data';
import { StandingNotices } from '../standing-notices';
import { disciplineName } from '../ui/names';

/**
 * A printable record for an ARRT audit: the biennium's counted courses, each CQR prescription
 * with the courses that filled it, and the certificate kept for each course.
 */
export function AuditReport({ input, evaluation, onClose }: { input: RulesInput; evaluation: Evaluation; onClose: () => void }) {
  const [certs, setCerts] = useState<CertificateMeta[]>([]);
  useEffect(() => void getStore().then(async (s) => setCerts(await s.listCertificateMeta())), []);
  const certOf = new Map(certs.map((c) => [c.id, c]));
  const byId = new Map(input.courses.map((c) => [c.id, c]));
  const b = evaluation.biennium;
  return (
    <article class="report" data-testid="audit-report-view" aria-label="Audit report">
      <div class="row no-print">
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
        <button type="button" class="secondary" onClick={onClose}>
          Close report
        </button>
      </div>
      <h1>Continuing education record</h1>
      <p class="muted">Prepared {evaluation.today} by CE Companion from the user's own records.</p>
      <StandingNotices evaluation={evaluation} />
      {b && (
        <>
          <h2>
            Biennium {b.start} – {b.end}: {formatCredits(b.earned)} of {formatCredits(b.required)} credits
          </h2>
          <table>
            <thead>
              <tr>
                <th>Completed</th>
                <th>Activity</th>
                <th>Sponsor / approval</th>
                <th>Category</th>
                <th>Credits</th>
                <th>Certificate</th>
              </tr>
            </thead>
            <tbody>
              {b.countedCourseIds.map((id) => {
                const c = byId.get(id)!;
                const cert = c.certificateId ? certOf.get(c.certificateId) : undefined;
                return (
                  <tr key={id}>
                    <td>{c.completedOn}</td>
                    <td>{c.title}</td>
                    <td>{[c.sponsor, c.approvalNumber].filter(Boolean).join(' · ')}</td>
                    <td>{c.category ?? '—'}</td>
                    <td>{formatCredits(c.credits)}</td>
                    <td>{cert ? cert.name : 'missing'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {b.excluded.some((e) => e.kind === 'repeat-in-biennium') && (
            <p class="muted">
              Not counted: {b.excluded.filter((e) => e.kind === 'repeat-in-biennium').map((e) => `${e.title} (${e.reason})`).join('; ')}
            </p>
          )}
        </>
      )}
      {evaluation.credentials
        .filter((c) => c.prescription)
        .map((c) => (
          <section key={c.credentialId}>
            <h2>
              {disciplineName(c.discipline)} — CQR prescription ({formatCredits(c.prescription!.earned)} of {formatCredits(c.prescription!.required)} credits)
            </h2>
            <table>
              <tbody>
                {c.prescription!.categories.flatMap((cat) =>
                  cat.subcategories.map((s) => (
                    <tr key={s.subcategory}>
                      <td>{cat.category}</td>
                      <td>{s.subcategory}</td>
                      <td>
                        {formatCredits(s.earned)} / {formatCredits(s.required)}
                      </td>
                      <td>{s.done ? 'complete' : `${formatCredits(s.remaining)} remaining`}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </section>
        ))}
      <h2>Certificates kept</h2>
      {certs.length === 0 ? (
        <p>No certificate is stored yet.</p>
      ) : (
        <ul>
          {certs.map((c) => (
            <li key={c.id}>
              {c.name} — {byId.get(c.courseId)?.title ?? 'course removed'} ({Math.ceil(c.size / 1024)} KB)
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
