// Straight from the module, not the barrel: the popup's first paint loads no zod.
import { notCountedLabel } from '../lib/rules/activity';
import type { Standing } from '../lib/rules/summary';
import { formatCredits } from '../lib/units/credits';

export interface Notice {
  key: string;
  /** `alert`: the user's standing is at risk now; `warn`: something does not (or may not) count. */
  level: 'alert' | 'warn' | 'info';
  title: string;
  detail: string;
}

/**
 * The states the standing must never keep quiet about (DESIGN.md, "The standing never goes
 * quiet"): a CQR window that closed without a recorded completion, CE probation, the sonography
 * requirement, and courses that do not or may not count. One list, shown by the popup and the audit
 * report alike; the wording cites ARRT and says where a fact is unconfirmed (docs/arrt-rules.md).
 */
export function standingNotices(ev: Standing): Notice[] {
  const notices: Notice[] = [];
  for (const cp of ev.credentials) {
    const cqr = cp.cqr;
    if (cqr?.status === 'overdue') {
      notices.push({
        key: `cqr-${cp.credentialId}`,
        level: 'alert',
        title: `${cp.discipline}: CQR not recorded as complete — ARRT discontinues the credential; reinstatement rules apply`,
        detail: `The compliance window closed ${cqr.deadline}. ARRT allows one year after the window closes to complete every part of CQR and reinstate online (until ${cqr.reinstateBy}); after that, reinstatement is by re-examination (ARRT, "Reinstatement"). If ARRT recorded your CQR as complete, enter its date in Options.`,
      });
    }
  }
  const b = ev.biennium;
  const p = b?.probation;
  if (p && p.status !== 'met') {
    notices.push({
      key: 'probation',
      level: 'alert',
      title:
        p.status === 'open'
          ? `CE probation: ${formatCredits(p.remaining)} credits to make up by ${p.deadline}`
          : `CE probation ended ${p.deadline} with ${formatCredits(p.remaining)} credits missing`,
      detail:
        p.status === 'open'
          ? `By your records the biennium ${p.bienniumStart} – ${p.bienniumEnd} ended ${formatCredits(p.deficit)} credits short. ARRT gives six months to complete and report them (ARRT, "Reinstatement"). Make-up credits go to the deficit first; only the rest counts toward this biennium (not confirmed by ARRT's own wording).`
          : `ARRT requires reinstatement by re-examination when the deficit is not made up within the six-month probation period (ARRT, "Reinstatement").`,
    });
  } else if (p) {
    notices.push({ key: 'probation', level: 'info', title: `CE probation deficit of ${formatCredits(p.deficit)} credits made up`, detail: `Make-up credits went to the biennium ${p.bienniumStart} – ${p.bienniumEnd} first.` });
  }
  if (b?.sonography && b.sonography.remaining > 0) {
    notices.push({
      key: 'sonography',
      level: 'warn',
      title: `Sonography: ${formatCredits(b.sonography.earned)} of 16 sonography-related credits`,
      detail: 'A Sonography credential needs 16 of the 24 biennium credits directly related to sonography (ARRT, continuing education requirements). Applied to S, and to VS and BS (not confirmed for those two).',
    });
  }
  for (const e of b?.excluded ?? []) {
    if (e.kind === 'repeat-in-biennium') continue;
    notices.push({ key: `x-${e.courseId}`, level: 'warn', title: `${notCountedLabel(e.kind)}: ${e.title}`, detail: e.reason });
  }
  for (const f of b?.flagged ?? []) notices.push({ key: `f-${f.courseId}`, level: 'warn', title: `Check: ${f.title}`, detail: f.reason });
  return notices;
}

export function StandingNotices({ evaluation, limit = Infinity }: { evaluation: Standing; limit?: number }) {
  const notices = standingNotices(evaluation);
  if (notices.length === 0) return null;
  const shown = notices.slice(0, limit);
  return (
    <section class="notices" aria-label="Needs your attention" data-testid="standing-notices">
      {shown.map((n) => (
        <div key={n.key} class={`notice notice-${n.level}`} data-testid="notice" data-kind={n.key.split('-')[0]} role={n.level === 'alert' ? 'alert' : undefined}>
          <strong>{n.title}</strong>
          <div>{n.detail}</div>
        </div>
      ))}
      {notices.length > shown.length && <p class="muted">{notices.length - shown.length} more in Options → Audit report.</p>}
    </section>
  );
}
