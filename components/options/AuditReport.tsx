import { useEffect, useRef, useState } from 'preact/hooks';
import { annualRenewal, type Evaluation, type RulesInput } from '../../lib/rules';
import { completedCoursesCsv, deadlineCalendar, deadlineEvents, zip, type CertificateMeta, type ZipEntry } from '../../lib/store';
import { formatCredits } from '../../lib/units/credits';
import { showDate, showRange } from '../../lib/units/show';
import { getStore } from '../data/use-data';
import { StandingNotices } from '../standing-notices';
import { disciplineName } from '../ui/names';
import { download } from './download';

/** A certificate's file name inside the package: numbered (two courses may share a file name), no path. */
function packagedName(cert: CertificateMeta, index: number): string {
  return `certificates/${String(index + 1).padStart(2, '0')}-${cert.name.replace(/[^\p{L}\p{N}._ -]+/gu, '_')}`;
}

/**
 * A printable record for an ARRT audit or an employer: who it is for, the biennium's counted
 * courses, each CQR prescription with the courses that filled each subcategory, and every
 * certificate. "Download package" writes one zip — this report, the certificates, the CSV and a
 * deadline calendar (.ics) — and the calendar alone can be downloaded for a calendar app.
 */
export function AuditReport({ input, evaluation, onClose }: { input: RulesInput; evaluation: Evaluation; onClose: () => void }) {
  const [certs, setCerts] = useState<CertificateMeta[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const report = useRef<HTMLElement>(null);
  useEffect(() => void getStore().then(async (s) => setCerts(await s.listCertificateMeta())), []);
  const certOf = new Map(certs.map((c) => [c.id, c]));
  const certFile = new Map(certs.map((c, i) => [c.id, packagedName(c, i)]));
  const byId = new Map(input.courses.map((c) => [c.id, c]));
  const b = evaluation.biennium;
  const { name, arrtId } = input.profile;
  const stamp = evaluation.today;
  const calendar = () => deadlineCalendar(deadlineEvents(evaluation, input.profile.birthMonth === null ? null : annualRenewal(input.profile.birthMonth, evaluation.today).due), new Date());
  /** A link that works in the package (a relative file) and, here, opens the stored file. */
  const certificateLink = (cert: CertificateMeta) => (
    <a
      href={certFile.get(cert.id)}
      onClick={(e) => {
        e.preventDefault();
        void getStore().then(async (s) => {
          const stored = await s.getCertificate(cert.id);
          if (stored) window.open(URL.createObjectURL(stored.blob), '_blank', 'noopener');
        });
      }}
    >
      {cert.name}
    </a>
  );
  const certificateCell = (certificateId: string | null) => {
    const cert = certificateId ? certOf.get(certificateId) : undefined;
    return cert ? certificateLink(cert) : 'missing';
  };

  async function downloadPackage() {
    setMessage('Preparing the package…');
    try {
      const store = await getStore();
      const encoder = new TextEncoder();
      const entries: ZipEntry[] = [];
      for (const meta of certs) {
        const cert = await store.getCertificate(meta.id);
        if (cert) entries.push({ name: certFile.get(meta.id)!, data: new Uint8Array(await cert.blob.arrayBuffer()) });
      }
      const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Continuing education record</title><style>body{font:14px/1.45 system-ui,sans-serif;max-width:1000px;margin:auto;padding:16px}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:4px 6px;border-bottom:1px solid #ddd;vertical-align:top}.no-print{display:none}</style></head><body>${new XMLSerializer().serializeToString(report.current!)}</body></html>`;
      entries.unshift(
        { name: 'report.html', data: encoder.encode(html) },
        { name: 'completed-ce.csv', data: encoder.encode(completedCoursesCsv(input.courses)) },
        { name: 'deadlines.ics', data: encoder.encode(calendar()) },
      );
      download(`ce-record-${stamp}.zip`, zip(entries), 'application/zip');
      setMessage(`Package saved: the report, ${certs.length} certificate${certs.length === 1 ? '' : 's'}, the CSV and the deadline calendar.`);
    } catch (err) {
      setMessage(`The package could not be made: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  return (
    <article class="report" data-testid="audit-report-view" aria-label="Audit report" ref={report}>
      <div class="row no-print">
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
        <button type="button" data-testid="download-package" onClick={() => void downloadPackage()}>
          Download package (.zip)
        </button>
        <button type="button" class="secondary" data-testid="download-calendar" onClick={() => download(`ce-deadlines-${stamp}.ics`, calendar(), 'text/calendar')}>
          Deadline calendar (.ics)
        </button>
        <button type="button" class="secondary" onClick={onClose}>
          Close report
        </button>
      </div>
      {message && (
        <p role="status" class="no-print" data-testid="package-status">
          {message}
        </p>
      )}
      <h1>Continuing education record</h1>
      {(name || arrtId) && (
        <p data-testid="report-person">
          {name}
          {name && arrtId ? ', ' : ''}
          {arrtId && `ARRT ID ${arrtId}`}
        </p>
      )}
      <p class="muted">Prepared {showDate(evaluation.today)} by CE Companion from the technologist's own records.</p>
      <StandingNotices evaluation={evaluation} />
      {b && (
        <>
          <h2>
            Biennium {showRange(b.start, b.end)}: {formatCredits(b.earned)} of {formatCredits(b.required)} credits
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
                return (
                  <tr key={id}>
                    <td>{c.completedOn && showDate(c.completedOn)}</td>
                    <td class="title">{c.title}</td>
                    <td>{[c.sponsor, c.approvalNumber, c.approvedBy].filter(Boolean).join(' · ')}</td>
                    <td>{c.category ?? '—'}</td>
                    <td>{formatCredits(c.credits)}</td>
                    <td>{certificateCell(c.certificateId)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {b.probation && b.probation.applied.length > 0 && (
            <p class="muted" data-testid="probation-applied">
              Applied to the {b.probation.bienniumStart} – {b.probation.bienniumEnd} deficit first:{' '}
              {b.probation.applied.map((a) => `${byId.get(a.courseId)?.title ?? a.courseId} (${formatCredits(a.credits)})`).join('; ')}
            </p>
          )}
          {b.excluded.some((e) => e.kind === 'repeat-in-biennium') && (
            <p class="muted">
              Not counted: {b.excluded.filter((e) => e.kind === 'repeat-in-biennium').map((e) => `${e.title} (${e.reason})`).join('; ')}
            </p>
          )}
        </>
      )}
      {evaluation.credentials.map(({ credentialId, discipline, prescription }) =>
        prescription ? (
          <section key={credentialId}>
            <h2>
              {disciplineName(discipline)} — CQR prescription ({formatCredits(prescription.earned)} of {formatCredits(prescription.required)} credits, counted from {showDate(prescription.countsFrom)})
            </h2>
            <table data-testid="prescription-table">
              <thead>
                <tr>
                  <th>Subcategory</th>
                  <th>Course</th>
                  <th>Completed</th>
                  <th>Credits toward it</th>
                  <th>Certificate</th>
                </tr>
              </thead>
              {prescription.categories.flatMap((cat) =>
                cat.subcategories.map((s) => (
                  <tbody key={`${cat.category}/${s.subcategory}`}>
                    <tr class="sub-head">
                      <th scope="rowgroup" colSpan={5}>
                        {cat.category} · {s.subcategory}: {formatCredits(s.earned)} of {formatCredits(s.required)} — {s.done ? 'complete' : `${formatCredits(s.remaining)} remaining`}
                      </th>
                    </tr>
                    {s.courses.length === 0 ? (
                      <tr>
                        <td />
                        <td colSpan={4} class="muted">
                          No course yet
                        </td>
                      </tr>
                    ) : (
                      s.courses.map(({ courseId, credits }) => {
                        const c = byId.get(courseId);
                        return (
                          <tr key={courseId}>
                            <td />
                            <td class="title">{c?.title ?? courseId}</td>
                            <td>{c?.completedOn && showDate(c.completedOn)}</td>
                            <td>{formatCredits(credits)}</td>
                            <td>{certificateCell(c?.certificateId ?? null)}</td>
                          </tr>
                        );
                      })
                    )}
                  </tbody>
                )),
              )}
            </table>
          </section>
        ) : null,
      )}
      <h2>Certificates kept</h2>
      {certs.length === 0 ? (
        <p>No certificate is stored yet.</p>
      ) : (
        <ul>
          {certs.map((c) => (
            <li key={c.id}>
              {certificateLink(c)} — {byId.get(c.courseId)?.title ?? 'course removed'} ({Math.ceil(c.size / 1024)} KB)
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
