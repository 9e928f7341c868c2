import { useEffect, useState } from 'preact/hooks';
import { bienniumChoices, checkBienniumStartYear, LIMITS, type Profile } from '../../lib/rules';
import { localToday } from '../../lib/units/dates';
import { showDate } from '../../lib/units/show';
import { mutate } from '../data/use-data';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Birth month (sets the biennium and the annual renewal), which biennium the user is in — asked as
 * "it ends A or B?", the way the ARRT dashboard shows it — and reminder lead times.
 */
export function ProfileSection({ profile }: { profile: Profile }) {
  const [month, setMonth] = useState(profile.birthMonth === null ? '' : String(profile.birthMonth));
  const [year, setYear] = useState(profile.bienniumStartYear === null ? '' : String(profile.bienniumStartYear));
  const [leads, setLeads] = useState(profile.reminderLeadDays.join(', '));
  const [name, setName] = useState(profile.name);
  const [arrtId, setArrtId] = useState(profile.arrtId);
  const [status, setStatus] = useState<string | null>(null);
  // The stored profile changed underneath the form (another tab, a restore, the popup's answer):
  // start again from it, keeping the confirmation and the focus where they are.
  const stored = JSON.stringify(profile);
  useEffect(() => {
    setMonth(profile.birthMonth === null ? '' : String(profile.birthMonth));
    setYear(profile.bienniumStartYear === null ? '' : String(profile.bienniumStartYear));
    setLeads(profile.reminderLeadDays.join(', '));
    setName(profile.name);
    setArrtId(profile.arrtId);
  }, [stored]);

  async function save(e: Event) {
    e.preventDefault();
    const reminderLeadDays = leads.split(/[,\s]+/).filter(Boolean).map(Number);
    if (reminderLeadDays.some((n) => !Number.isInteger(n) || n < 1 || n > 730)) return setStatus('Reminder days must be whole numbers from 1 to 730, separated by commas.');
    const startYear = year.trim() ? checkBienniumStartYear(year, localToday()) : null;
    if (startYear && !startYear.ok) return setStatus(startYear.message);
    try {
      await mutate((s) => s.saveProfile({ birthMonth: month ? Number(month) : null, bienniumStartYear: startYear?.value ?? null, reminderLeadDays, name, arrtId }));
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
          <select data-testid="birth-month" value={month} onChange={(e) => setMonth(e.currentTarget.value)}>
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
                  <input type="radio" name="biennium-ends" checked={year === String(c.startYear)} onChange={() => setYear(String(c.startYear))} /> {showDate(c.end)}
                </span>
              </label>
            ))}
          </fieldset>
        )}
        <label>
          Biennium started in (year, from your ARRT dashboard)
          <input type="number" data-testid="biennium-start-year" min={LIMITS.bienniumStartYear.min} max={Number(localToday().slice(0, 4))} value={year} placeholder="e.g. 2025" onInput={(e) => setYear(e.currentTarget.value)} />
        </label>
        <label>
          Remind me (days before each deadline)
          <input type="text" value={leads} onInput={(e) => setLeads(e.currentTarget.value)} />
        </label>
        <label>
          Your name (optional, for the audit report)
          <input type="text" autoComplete="name" maxLength={200} data-testid="profile-name" value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <label>
          ARRT ID (optional)
          <input type="text" inputMode="numeric" maxLength={20} data-testid="profile-arrt-id" value={arrtId} onInput={(e) => setArrtId(e.currentTarget.value)} />
        </label>
        <button type="submit" data-testid="save-profile">
          Save profile
        </button>
      </form>
      {status && <p role="status">{status}</p>}
    </section>
  );
}
