import { useState } from 'preact/hooks';
import type { ExtractedCourse } from '../../lib/extract/schema';
import type { CourseCheck } from '../../lib/messages';
import { CERTIFICATE_ACCEPT } from '../../lib/store/limits';
import { formatCredits } from '../../lib/units/credits';
import { localToday } from '../../lib/units/dates';
import { CoverageLines } from '../coverage-lines';

export interface SaveRequest {
  status: 'planned' | 'completed';
  completedOn: string | null;
  certificate: File | null;
}

interface Props {
  course: ExtractedCourse;
  check: CourseCheck;
  setUp: boolean;
  onSave: (request: SaveRequest) => Promise<string | null>;
  /** The panel was collapsed or opened (its frame is resized to match). */
  onToggle?: (open: boolean) => void;
}

/**
 * The panel on a course page: what the course would cover of the user's gaps and the two save
 * actions. It floats in a corner (no layout shift) and collapses to one button.
 */
export function CoursePanel({ course, check, setUp, onSave, onToggle }: Props) {
  const [open, setOpenState] = useState(true);
  const setOpen = (next: boolean) => {
    setOpenState(next);
    onToggle?.(next);
  };
  const [completing, setCompleting] = useState(false);
  const [date, setDate] = useState(localToday());
  const [file, setFile] = useState<File | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(check.saved ? { text: `Saved as ${check.saved.status}.`, error: false } : null);
  const [busy, setBusy] = useState(false);

  async function save(status: SaveRequest['status']) {
    setBusy(true);
    const error = await onSave({ status, completedOn: status === 'completed' ? date : null, certificate: status === 'completed' ? file : null });
    setBusy(false);
    setMessage(error ? { text: error, error: true } : { text: status === 'completed' ? 'Saved as completed.' : 'Saved as planned.', error: false });
    if (!error) setCompleting(false);
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
          <button type="button" class="secondary" disabled={busy} onClick={() => void save('planned')} data-testid="save-planned">
            Save as planned
          </button>
          <button type="button" class="secondary" onClick={() => setOpen(false)} aria-label="Hide CE Companion panel">
            Hide
          </button>
        </div>
      )}
      {message && (
        <div class={message.error ? 'status error' : 'status'} role="status">
          {message.text}
        </div>
      )}
    </section>
  );
}
