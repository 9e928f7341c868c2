import type { Evaluation } from '../rules';
import { formatCredits } from '../units/credits';
import { addDays, type IsoDate } from '../units/dates';

/** One all-day deadline for the calendar file. `uid` stays the same across exports so re-imports update, not duplicate. */
export interface CalendarEvent {
  uid: string;
  date: IsoDate;
  summary: string;
  description: string;
}

/**
 * An iCalendar file (RFC 5545) of all-day events that a calendar app imports: CRLF line ends
 * (§3.1), lines folded at 75 octets without splitting a UTF-8 character (§3.1), TEXT values with
 * backslash, semicolon, comma and newline escaped (§3.3.11), DTSTAMP in UTC (§3.8.7.2), and an
 * all-day event as DTSTART;VALUE=DATE with DTEND the next day (§3.6.1).
 */
export function deadlineCalendar(events: readonly CalendarEvent[], now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//CE Companion//Deadlines//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${text(e.uid)}@ce-companion.invalid`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(e.date)}`,
      `DTEND;VALUE=DATE:${compact(addDays(e.date, 1))}`,
      `SUMMARY:${text(e.summary)}`,
      `DESCRIPTION:${text(e.description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

function compact(date: IsoDate): string {
  return date.replace(/-/g, '');
}

/** §3.3.11: backslash first, then ; , and line breaks. */
export function text(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** §3.1: at most 75 octets a line; continuation lines start with one space (which counts toward their 75). */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/**
 * Every date worth a calendar entry: the biennium's end, the annual renewal, the end of an open CE
 * probation's make-up period (docs/arrt-rules.md, CE probation), and per credential the CQR
 * window's opening, the submit-by date and the window's end (the compliance deadline).
 */
export function deadlineEvents(ev: Evaluation, renewal: IsoDate | null): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  const b = ev.biennium;
  if (b) {
    events.push({ uid: `biennium-end-${b.end}`, date: b.end, summary: 'ARRT CE biennium ends', description: `Last day to complete the biennium's ${formatCredits(b.required)} CE credits (${formatCredits(b.remaining)} still needed on ${ev.today}).` });
  }
  const probation = b?.probation;
  if (probation?.status === 'open') {
    events.push({
      uid: `ce-probation-${probation.bienniumEnd}`,
      date: probation.deadline,
      summary: 'ARRT CE probation: make-up deadline',
      description: `Last day to make up the ${formatCredits(probation.deficit)} CE credits the biennium ending ${probation.bienniumEnd} was short (${formatCredits(probation.remaining)} still needed on ${ev.today}); make-up credits count toward the deficit first.`,
    });
  }
  if (renewal) events.push({ uid: `renewal-${renewal}`, date: renewal, summary: 'ARRT annual renewal due', description: 'Renew your ARRT registration by the end of your birth month.' });
  for (const c of ev.credentials) {
    if (!c.cqr) continue;
    const who = `${c.discipline} CQR`;
    events.push(
      { uid: `cqr-open-${c.credentialId}-${c.cqr.windowStart}`, date: c.cqr.windowStart, summary: `${who}: compliance window opens`, description: 'Complete the self-assessment; any prescribed CE can be done from now on.' },
      { uid: `cqr-submit-${c.credentialId}-${c.cqr.submitBy}`, date: c.cqr.submitBy, summary: `${who}: submit prescribed CE`, description: "Submit prescribed CE by today so ARRT's review ends before the window closes." },
      { uid: `cqr-end-${c.credentialId}-${c.cqr.deadline}`, date: c.cqr.deadline, summary: `${who}: compliance window ends`, description: 'Last day of the CQR compliance window; no extensions.' },
    );
  }
  return events.sort((x, y) => x.date.localeCompare(y.date));
}
