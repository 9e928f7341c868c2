import { useState } from 'preact/hooks';
import { CREDIT_LIMITS, toHundredths } from '../../lib/units/credits';
import { mutate } from '../data/use-data';

/** A course done elsewhere (a conference, an employer's lecture), entered by hand. */
export function AddCourseForm() {
  const [title, setTitle] = useState('');
  const [credits, setCredits] = useState('');
  const [date, setDate] = useState('');
  const [category, setCategory] = useState<'A' | 'A+' | ''>('A');
  const [message, setMessage] = useState<string | null>(null);

  async function add(e: Event) {
    e.preventDefault();
    const n = Number(credits);
    if (!title.trim() || !Number.isFinite(n) || n <= 0 || toHundredths(n) > CREDIT_LIMITS.course || !date) return setMessage('Enter a title, the credits (e.g. 1.5) and the completion date.');
    try {
      await mutate((s) =>
        s.upsertCourseByFingerprint({ title: title.trim(), sponsor: null, approvalNumber: null, status: 'completed', credits: toHundredths(n), completedOn: date, category: category || null }),
      );
      setTitle('');
      setCredits('');
      setMessage('Course added.');
    } catch (err) {
      setMessage(err instanceof Error ? err.message : String(err));
    }
  }

  return (
    <details>
      <summary>Add a completed course by hand</summary>
      <form class="row" onSubmit={add}>
        <label>
          Title
          <input value={title} onInput={(e) => setTitle(e.currentTarget.value)} maxLength={500} />
        </label>
        <label>
          Credits
          <input type="number" step={0.25} min={0.25} value={credits} onInput={(e) => setCredits(e.currentTarget.value)} />
        </label>
        <label>
          Category
          <select value={category} onChange={(e) => setCategory(e.currentTarget.value as 'A' | 'A+' | '')}>
            <option value="A">A</option>
            <option value="A+">A+</option>
            <option value="">Unknown</option>
          </select>
        </label>
        <label>
          Completed on
          <input type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
        </label>
        <button type="submit">Add course</button>
      </form>
      {message && <p role="status">{message}</p>}
    </details>
  );
}
