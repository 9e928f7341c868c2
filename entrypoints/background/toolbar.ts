import type { ExtractedCourse } from '../../lib/extract/schema';
import type { CourseCheck } from '../../lib/messages/schema';
import type { DeadlineKind, Evaluation } from '../../lib/rules';
import { formatCredits } from '../../lib/units/credits';

const KIND_LABEL: Record<DeadlineKind, string> = {
  'biennium-end': 'biennium ends',
  sonography: 'sonography credits, biennium ends',
  'ce-probation': 'CE probation, make up by',
  'annual-renewal': 'annual renewal',
  'cqr-window-opens': 'CQR window opens',
  'cqr-submit-by': 'CQR submit-by',
  'cqr-window-ends': 'CQR: submit now, window closes',
  'cqr-overdue': 'CQR not recorded as complete; window closed',
  'structured-apply-by': 'structured education, apply by',
};

/**
 * The toolbar badge. A CQR whose window closed without a recorded completion shows "!" before
 * anything else (ARRT discontinues the credential); otherwise the credits still needed for the
 * nearest deadline that still needs some (CE probation and sonography included), so one glance at
 * the toolbar says how much is left; the tooltip says for what and by when.
 */
export function toolbarBadge(ev: Evaluation): { text: string; title: string; color: string } {
  const overdue = ev.deadlines.find((d) => d.kind === 'cqr-overdue');
  if (overdue) return { text: '!', color: ALERT, title: `CE Companion: ${overdue.discipline} ${KIND_LABEL[overdue.kind]} ${overdue.date} — reinstatement rules apply` };
  const next = ev.deadlines.find((d) => d.remaining !== null && d.remaining > 0);
  if (!next || next.remaining === null) return { text: '', color: NORMAL, title: 'CE Companion: nothing due' };
  const what = next.discipline ? `${next.discipline} ${KIND_LABEL[next.kind]}` : KIND_LABEL[next.kind];
  return {
    text: formatCredits(next.remaining).slice(0, 4),
    color: next.kind === 'ce-probation' || next.kind === 'cqr-window-ends' ? ALERT : NORMAL,
    title: `CE Companion: ${formatCredits(next.remaining)} credits still needed — ${what} ${next.date} (${next.daysLeft} days)`,
  };
}

/**
 * A tab's own mark on the toolbar button, over the global one: on a course page, whether the
 * page's course is already completed ("✓", green), planned ("plan", amber) or not saved ("CE");
 * a catalog shows "CE". Updated after every save, undo and removal from the plan. The tooltip stays
 * the global one (what is due): a tab's own title would outlive the course on the tab's next page.
 */
export function tabMark(courses: readonly ExtractedCourse[], results: readonly CourseCheck[]): { text: string; color: string } {
  if (!courses.length) return { text: '', color: NORMAL };
  const page = courses.findIndex((c) => c.kind === 'page');
  const status = page >= 0 ? results[page]?.saved?.status : undefined;
  if (status === 'completed') return { text: '✓', color: DONE };
  if (status === 'planned') return { text: 'plan', color: PLANNED };
  return { text: 'CE', color: NORMAL };
}

const NORMAL = '#1d4ed8';
const DONE = '#166534';
const PLANNED = '#92400e';
/** A state that puts the credential at risk now: overdue CQR, CE probation, the last two weeks of a window. */
const ALERT = '#b91c1c';
