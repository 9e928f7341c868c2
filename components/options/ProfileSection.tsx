import { useEffect, useState } from 'preact/hooks';
import { bienniumChoices, checkBienniumStartYear, LIMITS, type Profile } from '../../lib/rules';
import { localToday } from '../../lib/units/dates';
import { showDate } from '../../lib/units/show';
import { mutate } from '../data/use-data';
import { EditConflict, useStoredEdit } from './EditConflict';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Birth month (sets the biennium and the annual renewal), which biennium the user is in — asked as
 * "it ends A or B?", the way the ARRT dashboard shows it — and reminder lead times.
 */
/** The form's fields from a stored profile. */
const fieldsOf = (p: Profile) => ({
  month: p.birthMonth === null ? '' : String(p.birthMonth),
  year: p.bienniumStartYear === null ? '' : String(p.bienniumStartYear),
  leads: p.reminderLeadDays.join(', '),
  name: p.name,
  arrtId: p.arrtId,
});
type Fields = ReturnType<typeof fieldsOf>;

/** A version of the profile in words, for showing two side by side. */
const describe = (f: Fields) =>
  [`birth month ${f.month ? MONTHS[Number(f.month) - 1] : '—'}`, `biennium started ${f.year || '—'}`, `reminders ${f.leads || '—'} days before`, `name ${f.name || '—'}`, `ARRT ID ${f.arrtId || '—'}`].join(', ');

/**
 * Birth month (sets the biennium and the annual renewal), which biennium the user is in — asked as
 * "it ends A or B?", the way the ARRT dashboard shows it — and reminder lead times.
 */
export function ProfileSection({ profile }: { profile: Profile }) {
  const stored = useStoredEdit(profile);
  const [fields, setFields] = useState(() => fieldsOf(profile));
  const { month, year, leads, name, arrtId } = fields;
  const set = (field: keyof Fields) => (value: string) => setFields({ ...fields, [field]: value });
  const [status, setStatus] = useState<string | null>(null);

  function editSaved(from: Profile) {
    stored.start(from);
    setFields(fieldsOf(from));
  }
  // The stored profile changed underneath the form (another tab, a restore, the popup's answer):
  // with no unsaved change of its own the form follows it; with one it keeps the user's typing,
  // and the save shows both versions.
  const storedNow = JSON.stringify(profile);
  useEffect(() => {
    if (JSON.stringify(fields) === JSON.stringify(fieldsOf(stored.base))) editSaved(profile);
  }, [storedNow]);

  async function save(e: Event, over: Profile = stored.base) {
    e.preventDefault();
    const reminderLeadDays = leads.split(/[,\s]+/).filter(Boolean).map(Number);
    if (reminderLeadDays.some((n) => !Number.isInteger(n) || n < 1 || n > 730)) return setStatus('Reminder days must be whole numbers from 1 to 730, separated by commas.');
    const startYear = year.trim() ? checkBienniumStartYear(year, localToday()) : null;
    if (startYear && !startYear.ok) return setStatus(startYear.message);
    try {
      const saved = await stored.save((base) => mutate((s) => s.saveProfile({ birthMonth: month ? Number(month) : null, bienniumStartYear: startYear?.value ?? null, reminderLeadDays, name, arrtId }, base)), over);
      editSaved(saved);
      setStatus('Profile saved.');
    } catch (err) {
      setStatus(err instanceof Error ? err.message : String(err));
    }
  }

  return (
    <section class="card" id="profile" aria-labelledby="profile-h">
      <h2 id="profile-h">Profile</h2>
      <form onSubmit={save} class="row" noValidate>
        <label>
          Birth month
          <select data-testid="birth-month" value={month} onChange={(e) => set('month')(e.currentTarget.value)}>
            <option value="">Choose…</option>
            {MONTHS.map((m, i) => (
              <option key={m} value={String(i + 1)}>
                {m}
              </option>
            ))}
          </select>
        </label>
        {month && (
          <fieldset class="choices" data-testid="biennium-ends">
            <legend>Your current biennium ends</legend>
            {bienniumChoices(Number(month), localToday()).map((c) => (
              <label key={c.startYear} class="choice">
                <span>
                  <input type="radio" name="biennium-ends" checked={year === String(c.startYear)} onChange={() => set('year')(String(c.startYear))} /> {showDate(c.end)}
                </span>
              </label>
            ))}
          </fieldset>
        )}
        <label>
          Biennium started in (year, from your ARRT dashboard)
          <input type="number" data-testid="biennium-start-year" min={LIMITS.bienniumStartYear.min} max={Number(localToday().slice(0, 4))} value={year} placeholder="e.g. 2025" onInput={(e) => set('year')(e.currentTarget.value)} />
        </label>
        <label>
          Remind me (days before each deadline)
          <input type="text" value={leads} onInput={(e) => set('leads')(e.currentTarget.value)} />
        </label>
        <label>
          Your name (optional, for the audit report)
          <input type="text" autoComplete="name" maxLength={200} data-testid="profile-name" value={name} onInput={(e) => set('name')(e.currentTarget.value)} />
        </label>
        <label>
          ARRT ID (optional)
          <input type="text" inputMode="numeric" maxLength={20} data-testid="profile-arrt-id" value={arrtId} onInput={(e) => set('arrtId')(e.currentTarget.value)} />
        </label>
        <button type="submit" data-testid="save-profile">
          Save profile
        </button>
      </form>
      {stored.conflict && <EditConflict theirs={describe(fieldsOf(stored.conflict))} mine={describe(fields)} onSaveMine={(e) => void save(e, stored.conflict!)} onEditTheirs={() => editSaved(stored.conflict!)} />}
      {status && <p role="status">{status}</p>}
    </section>
  );
}
