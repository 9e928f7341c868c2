import type { CredentialStanding } from '../../lib/rules/summary';
import { formatCredits } from '../../lib/units/credits';
import { showDate, showRange, whenText } from '../../lib/units/show';
import { Progress } from '../ui/Progress';
import { disciplineName, slug } from '../ui/names';

/** One credential: its CQR prescription by category and subcategory, its window, structured education. */
export function CredentialCard({ progress, today }: { progress: CredentialStanding; today: string }) {
  const { cqr, prescription, structured } = progress;
  return (
    <section class="card" data-testid="credential-card" data-discipline={progress.discipline} aria-label={disciplineName(progress.discipline)}>
      <h2>{disciplineName(progress.discipline)}</h2>
      {cqr ? (
        <p class={cqr.status === 'overdue' ? 'error' : 'muted'} data-testid="cqr-status" data-status={cqr.status}>
          {cqr.status === 'overdue' && (
            <>
              <strong>CQR not recorded as complete</strong> — the window closed {showDate(cqr.deadline)}. Reinstate by {cqr.reinstateBy && showDate(cqr.reinstateBy)}.
            </>
          )}
          {cqr.status === 'complete' && <span class="done">✓ CQR complete ({cqr.completedOn && showDate(cqr.completedOn)}). Next window opens after {showDate(cqr.deadline)}.</span>}
          {cqr.status === 'submit-now' && (
            <>
              <strong>Submit now:</strong> ARRT needs up to two weeks to review; the window closes {showDate(cqr.deadline)} ({whenText(today, cqr.deadline)}).
            </>
          )}
          {(cqr.status === 'open' || cqr.status === 'upcoming') && (
            <>
              CQR window {showRange(cqr.windowStart, cqr.deadline)}
              {cqr.status === 'upcoming' ? ' (not open yet)' : ''}. Submit prescribed CE by <strong>{showDate(cqr.submitBy)}</strong> ({whenText(today, cqr.submitBy)}).
            </>
          )}
        </p>
      ) : (
        !structured && <p class="muted">{progress.timeLimited ? 'Enter the date earned to see your CQR window.' : 'Not time-limited: no CQR.'}</p>
      )}
      {prescription &&
        (prescription.remaining === 0 ? (
          <p class="done">✓ CQR prescription complete</p>
        ) : (
          <p>
            <strong>{formatCredits(prescription.remaining)}</strong> of {formatCredits(prescription.required)} prescribed credits still needed
          </p>
        ))}
      {prescription?.categories.map((cat) => (
        <div class="category" key={cat.category}>
          <h3>{cat.category}</h3>
          <ul class="subs">
            {cat.subcategories.map((s) => (
              <li key={s.subcategory} data-testid="subcategory-row" data-subcategory={s.subcategory} class={s.done ? 'done' : ''}>
                <span class="sub-name">
                  {s.done ? '✓ ' : ''}
                  {s.subcategory}
                </span>
                <span class="sub-figure" data-testid={`remaining-${slug(s.subcategory)}`}>
                  {s.done ? 'done' : `${formatCredits(s.remaining)} left`}
                </span>
                <Progress earned={s.earned} required={s.required} label={`${s.subcategory}: ${formatCredits(s.earned)} of ${formatCredits(s.required)}`} />
              </li>
            ))}
          </ul>
        </div>
      ))}
      {(progress.outlineStatus === 'unknown' || progress.outlineStatus === 'stale') && (
        <p class="warn" data-testid="outline-unknown">
          ARRT's current {progress.discipline} content outline is not known to CE Companion
          {progress.outlineStatus === 'stale' ? ` (ours is the ${progress.outlineVersion} version, since revised by ARRT)` : ''}: enter it from your ARRT documents in Options → Content outlines.
        </p>
      )}
      {cqr && !prescription && <p class="muted">No prescription entered. If ARRT prescribed CE after your self-assessment, add it in Options.</p>}
      {structured && (
        <div class="category">
          <h3>Structured education</h3>
          <p>
            {formatCredits(structured.earned)} / 16 credits ({showRange(structured.windowStart, structured.windowEnd)})
          </p>
          <Progress earned={structured.earned} required={structured.required} label="Structured education credits" />
          <ul class="subs">
            {structured.categories.map((c) => (
              <li key={c.category} class={c.met ? 'done' : ''}>
                {c.met ? '✓' : '○'} {c.category}: {formatCredits(c.earned)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
