import { useState } from 'preact/hooks';
import { checkBienniumStartYear, LIMITS, type Profile } from '../../lib/rules';
import { localToday } from '../../lib/units/dates';
import { mutate } from '../data/use-data';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Birth month (sets the biennium), the biennium's start year from the ARRT dashboard, reminder lead times. */
export function ProfileSection({ profile }: { profile: Profile }) {
  const [month, setMonth] = useState(profile.birthMonth === null ? '' : String(profile.birthMonth));
  const [year, setYear] = useState(profile.bienniumStartYear === null ? '' : String(profile.bienniumStartYear));
  const [leads, setLeads] = useState(profile.reminderLeadDays.join(', '));
  const [status, setStatus] = useState<string | null>(null);

  async function save(e: Event) {
    e.preventDefault();
    const reminderLeadDays = leads.split(/[,\s]+/).filter(Boolean).map(Number);
    if (reminderLeadDays.some((n) => !Number.isInteger(n) || n < 1 || n > 730)) return setStatus('Reminder days must be whole numbers from 1 to 730, separated by commas.');
    const startYear = year.trim() ? checkBienniumStartYear(year, localToday()) : null;
    if (startYear && !startYear.ok) return setStatus(startYear.message);
    try {
      await mutate((s) => s.saveProfile({ birthMonth: month ? Number(month) : null, bienniumStartYear: startYear?.value ?? null, reminderLeadDays }));
      setStatus('Saved.');
    } catch (err) {
      setStatus(err instanceof Error ? err.message : String(err));
    }
  }

  return (
    <section class="card" id="profile" aria-labelledby="profile-h">
      <h2 id="profile-h">Profile</h2>
      <form onSubmit={save} class="row">
        <label>
          Birth month
          <select data-testid="birth-month" value={month} onChange={(e) => setMonth(e.currentTarget.value)}>
            <option value="">Choose…</option>
            {MONTHS.map((m, i) => (
              <option key={m} value={String(i + 1)}>
                {m}
              </option>
            ))}
          </select>
        </label>
        <label>
          Biennium started in (year, from your ARRT dashboard)
          <input type="number" data-testid="biennium-start-year" min={LIMITS.bienniumStartYear.min} max={Number(localToday().slice(0, 4))} value={year} placeholder="e.g. 2025" onInput={(e) => setYear(e.currentTarget.value)} />
        </label>
        <label>
          Remind me (days before each deadline)
          <input type="text" value={leads} onInput={(e) => setLeads(e.currentTarget.value)} />
        </label>
        <button type="submit" data-testid="save-profile">
          Save profile
        </button>
      </form>
      {status && <p role="status">{status}</p>}
    </section>
  );
}
