import { DISCIPLINE_IDS, type DisciplineId } from '../../lib/outlines';
import { categoryOfSubcategory, currentOutline } from '../../lib/outlines/lookup';
import type { CourseDraft, DistributionDraft, DraftField, FieldError } from '../../lib/import/course-draft';
import type { ActivityFormat } from '../../lib/course/facts';

interface Props {
  draft: CourseDraft;
  onChange: (draft: CourseDraft) => void;
  errors: readonly FieldError[];
  /** Unique per form on the page: ties labels and datalists to this form. */
  id: string;
  /** The edit form also sets the status (seen, planned, completed); adding is always "completed". */
  withStatus?: boolean;
}

/**
 * Every field a CE record needs for an audit (issue #16, item 9): the add form, the certificate
 * form and course edit all show this one set, so a record is complete however it was entered.
 * Credits and dates stay text until saved: lib/import/course-draft.ts reads and checks them.
 */
export function CourseFields({ draft, onChange, errors, id, withStatus = false }: Props) {
  const set = <K extends keyof CourseDraft>(key: K, value: CourseDraft[K]) => onChange({ ...draft, [key]: value });
  const invalid = (field: DraftField) => errors.some((e) => e.field === field) || undefined;
  const text = (field: 'title' | 'sponsor' | 'approvalNumber' | 'approvedBy', label: string, max: number, wide = false) => (
    <label style={wide ? { flex: '1 1 18rem' } : undefined}>
      {label}
      <input data-testid={`course-${field}`} value={draft[field]} maxLength={max} aria-invalid={invalid(field)} onInput={(e) => set(field, e.currentTarget.value)} />
    </label>
  );
  const rows = draft.distribution;
  const setRow = (i: number, row: Partial<DistributionDraft>) => set('distribution', rows.map((r, j) => (j === i ? { ...r, ...row, unmapped: false } : r)));

  return (
    <div class="course-fields">
      <div class="row">
        {text('title', 'Title', 500, true)}
        {text('sponsor', 'Sponsor', 200, true)}
      </div>
      <div class="row">
        {withStatus && (
          <label>
            Status
            <select data-testid="course-status" value={draft.status} onChange={(e) => set('status', e.currentTarget.value as CourseDraft['status'])}>
              <option value="seen">Seen</option>
              <option value="planned">Planned</option>
              <option value="completed">Completed</option>
            </select>
          </label>
        )}
        <label>
          Completed on
          <input data-testid="course-completedOn" type="date" value={draft.completedOn} aria-invalid={invalid('completedOn')} onInput={(e) => set('completedOn', e.currentTarget.value)} />
        </label>
        <label>
          Credits
          <input data-testid="course-credits" inputMode="decimal" size={6} placeholder="1.5" value={draft.credits} aria-invalid={invalid('credits')} onInput={(e) => set('credits', e.currentTarget.value)} />
        </label>
        <label>
          Category
          <select data-testid="course-category" value={draft.category} aria-invalid={invalid('category')} onChange={(e) => set('category', e.currentTarget.value)}>
            <option value="A">A</option>
            <option value="A+">A+</option>
            <option value="">Not stated</option>
          </select>
        </label>
        <label>
          Format
          <select data-testid="course-format" value={draft.format} onChange={(e) => set('format', e.currentTarget.value as ActivityFormat)}>
            <option value="home-study">Home study / online</option>
            <option value="live">Live (in person or webinar)</option>
            <option value="unknown">Not stated</option>
          </select>
        </label>
      </div>
      <div class="row">
        {text('approvalNumber', 'Approval / reference number', 100)}
        {text('approvedBy', 'Approved by (e.g. ASRT)', 200)}
      </div>
      <fieldset class="distribution" aria-invalid={invalid('distribution')}>
        <legend>Credit distribution (per content subcategory, when the certificate states one)</legend>
        {rows.map((r, i) => {
          const outline = DISCIPLINE_IDS.includes(r.discipline as DisciplineId) ? currentOutline(r.discipline as DisciplineId) : undefined;
          const list = `${id}-subs-${i}`;
          return (
            <div class="row" key={i} data-testid="distribution-row">
              <label>
                Discipline
                <select value={r.discipline} onChange={(e) => setRow(i, { discipline: e.currentTarget.value })}>
                  {DISCIPLINE_IDS.map((d) => (
                    <option key={d} value={d}>
                      {d}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                Content category
                <input list={`${list}-c`} value={r.category} onInput={(e) => setRow(i, { category: e.currentTarget.value })} />
              </label>
              <label>
                Subcategory
                <input
                  list={list}
                  value={r.subcategory}
                  onInput={(e) => {
                    const subcategory = e.currentTarget.value;
                    // A subcategory of the outline names its category: fill it in.
                    const category = outline && categoryOfSubcategory(outline, subcategory)?.name;
                    setRow(i, category ? { subcategory, category } : { subcategory });
                  }}
                />
              </label>
              <datalist id={`${list}-c`}>{outline?.categories.map((c) => <option key={c.name} value={c.name} />)}</datalist>
              <datalist id={list}>{outline?.categories.flatMap((c) => c.subcategories.map((s) => <option key={s.name} value={s.name} />))}</datalist>
              <label>
                Credits
                <input inputMode="decimal" size={5} value={r.credits} onInput={(e) => setRow(i, { credits: e.currentTarget.value })} />
              </label>
              {r.unmapped && <span class="muted">old outline name, not counted</span>}
              <button type="button" class="secondary" onClick={() => set('distribution', rows.filter((_, j) => j !== i))}>
                Remove line {i + 1}
              </button>
            </div>
          );
        })}
        <button type="button" class="secondary" data-testid="add-distribution" onClick={() => set('distribution', [...rows, { discipline: rows[rows.length - 1]?.discipline ?? 'CT', category: '', subcategory: '', credits: '' }])}>
          Add a distribution line
        </button>
      </fieldset>
      {errors.length > 0 && (
        <ul role="alert" class="error" data-testid="course-errors">
          {errors.map((e) => (
            <li key={e.message}>{e.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
