import { useRef, useState } from 'preact/hooks';
import type { ExtractedCourse } from '../../lib/extract/schema';
import type { CourseCheck, ReplyOf } from '../../lib/messages/schema';
import type { CourseStatus } from '../../lib/rules/model';
import { CERTIFICATE_ACCEPT } from '../../lib/store/limits';
import { formatCredits } from '../../lib/units/credits';
import { localToday } from '../../lib/units/dates';
import { CoverageLines } from '../coverage-lines';
import { undoneMessage } from '../ui/undone';

export interface SaveRequest {
  status: 'planned' | 'completed';
  completedOn: string | null;
  certificate: File | null;
}

interface Props {
  course: ExtractedCourse;
  check: CourseCheck;
  setUp: boolean;
  /** The latest save of this course was made on this page (it can be undone). */
  undoable: boolean;
  onSave: (request: SaveRequest) => Promise<ReplyOf<'save-course'>>;
  /** Takes back the save that produced `courseId`. */
  onUndo: (courseId: string) => Promise<ReplyOf<'undo-save'>>;
  onRemoveFromPlan: () => Promise<ReplyOf<'remove-from-plan'>>;
  /** The panel was collapsed or opened (its frame is resized to match). */
  onToggle?: (open: boolean) => void;
  /** Starts collapsed (a small viewport, where the open panel would cover the page). */
  collapsed?: boolean;
}

interface Saved {
  courseId: string;
  status: CourseStatus;
  undoable: boolean;
}

/**
 * The panel on a course page: what the course would cover of the user's gaps and the two save
 * actions; after a save, Undo (exactly that save) and, for a planned course, "Remove from plan".
 * It floats in a corner (no layout shift) and collapses to one button.
 */
export function CoursePanel({ course, check, setUp, undoable, onSave, onUndo, onRemoveFromPlan, onToggle, collapsed = false }: Props) {
  const [open, setOpenState] = useState(!collapsed);
  const setOpen = (next: boolean) => {
    setOpenState(next);
    onToggle?.(next);
  };
  const [completing, setCompleting] = useState(false);
  const [date, setDate] = useState(localToday());
  const [file, setFile] = useState<File | null>(null);
  const [saved, setSaved] = useState<Saved | null>(check.saved ? { ...check.saved, undoable } : null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(check.saved ? { text: `Saved as ${check.saved.status}.`, error: false } : null);
  const [busy, setBusy] = useState(false);
  const status = useRef<HTMLDivElement>(null);

  async function run<R extends { ok: boolean }>(action: () => Promise<R>, done: (reply: R & { ok: true }) => string): Promise<boolean> {
    setBusy(true);
    const reply = await action();
    setBusy(false);
    setMessage(reply.ok ? { text: done(reply as R & { ok: true }), error: false } : { text: (reply as unknown as { error: string }).error, error: true });
    return reply.ok;
  }

  async function save(request: SaveRequest['status']) {
    const ok = await run(
      () => onSave({ status: request, completedOn: request === 'completed' ? date : null, certificate: request === 'completed' ? file : null }),
      (r) => {
        setSaved({ courseId: r.courseId, status: r.status, undoable: true });
        return `Saved as ${r.status}.`;
      },
    );
    if (ok) setCompleting(false);
  }

  async function takeBack(action: () => Promise<ReplyOf<'undo-save'>>, text: (status: CourseStatus | null) => string) {
    const ok = await run(action, (r) => {
      setSaved(r.status && saved ? { courseId: saved.courseId, status: r.status, undoable: false } : null);
      return text(r.status);
    });
    // The button pressed is gone: the message that says what happened takes the focus.
    if (ok) requestAnimationFrame(() => status.current?.focus());
  }

  if (!open) {
    return (
      <div class="root panel" style="width:auto;padding:6px">
        <button type="button" onClick={() => setOpen(true)} aria-label="Show CE Companion">
          CE: {check.coverage.summary}
        </button>
      </div>
    );
  }
  return (
    <section class="root panel" aria-label="CE Companion" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <h2>{course.title}</h2>
      <div class="muted">
        {course.credits !== null ? `${formatCredits(course.credits)} credits` : 'Credits not stated'}
        {course.category ? ` · Category ${course.category}` : ''}
        {course.approvalNumber ? ` · ${course.approvalNumber}` : ''}
      </div>
      {setUp ? <CoverageLines coverage={check.coverage} /> : <p>Add your birth month and credentials in CE Companion's options to see what this course covers for you.</p>}
      {completing ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save('completed');
          }}
        >
          <label>
            Completed on <input type="date" value={date} max={localToday()} required onInput={(e) => setDate(e.currentTarget.value)} />
          </label>
          <label>
            Certificate (PDF or image, optional){' '}
            <input type="file" accept={CERTIFICATE_ACCEPT} onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
          </label>
          <div class="row">
            <button type="submit" disabled={busy} data-testid="confirm-completed">
              Save as completed
            </button>
            <button type="button" class="secondary" onClick={() => setCompleting(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div class="row">
          <button type="button" disabled={busy} onClick={() => setCompleting(true)} data-testid="save-completed">
            Save as completed…
          </button>
          {/* Done already: planning it again would only file it back as not done. */}
          {saved?.status !== 'completed' && (
            <button type="button" class="secondary" disabled={busy} onClick={() => void save('planned')} data-testid="save-planned">
              Save as planned
            </button>
          )}
          <button type="button" class="secondary" onClick={() => setOpen(false)} aria-label="Hide CE Companion panel">
            Hide
          </button>
        </div>
      )}
      {message && (
        <div class={message.error ? 'status error' : 'status'} role="status" tabIndex={-1} ref={status}>
          {message.text}
        </div>
      )}
      {saved && !completing && (saved.undoable || saved.status === 'planned') && (
        <div class="row">
          {saved.undoable && (
            <button type="button" class="secondary" disabled={busy} data-testid="undo" onClick={() => void takeBack(() => onUndo(saved.courseId), undoneMessage)}>
              Undo
            </button>
          )}
          {saved.status === 'planned' && (
            <button type="button" class="secondary" disabled={busy} data-testid="remove-from-plan" onClick={() => void takeBack(onRemoveFromPlan, () => 'Removed from your plan.')}>
              Remove from plan
            </button>
          )}
        </div>
      )}
    </section>
  );
}
