import { describe, expect, it } from 'vitest';
import { annualRenewal, evaluate } from '../../../lib/rules';
import { crc32, deadlineCalendar, deadlineEvents, fold, text, zip } from '../../../lib/store';
import type { Course } from '../../../lib/rules';
import { course, input } from '../rules/make';

describe('the deadline calendar (RFC 5545)', () => {
  const i = input({ birthMonth: 8, startYear: 2025, credentials: [{ discipline: 'CT', earnedOn: '2019-01-15' }] });
  const ev = evaluate(i, '2026-12-01');
  const ics = deadlineCalendar(deadlineEvents(ev, annualRenewal(8, '2026-12-01').due), new Date(Date.UTC(2026, 11, 1, 9, 30, 5)));

  it('has the biennium end, renewal and the CQR window as all-day events', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(5);
    expect(ics).toContain('DTSTART;VALUE=DATE:20270731\r\nDTEND;VALUE=DATE:20270801\r\nSUMMARY:ARRT CE biennium ends');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270831\r\n');
    expect(ics).toContain('SUMMARY:CT CQR: compliance window ends');
    expect(ics).toContain('DTSTAMP:20261201T093005Z');
    // Every line ends in CRLF and none is longer than 75 octets.
    expect(ics.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75 && !l.includes('\n'))).toBe(true);
  });

  it('has the CE probation make-up deadline while the deficit is open, and not once it is made up', () => {
    const short = [course({ credits: 1000, completedOn: '2025-06-01' })];
    const data = (courses: Course[]) => input({ birthMonth: 12, startYear: 2024, trackingSince: '2024-12-15', credentials: [{ discipline: 'R', earnedOn: '2009-01-01' }], courses });
    const open = deadlineEvents(evaluate(data(short), '2026-12-01'), null).find((e) => e.uid.startsWith('ce-probation'));
    expect(open).toMatchObject({ uid: 'ce-probation-2026-11-30', date: '2027-05-31', summary: 'ARRT CE probation: make-up deadline' });
    expect(open!.description).toContain('14 CE credits');
    expect(deadlineCalendar([open!], new Date(0))).toContain('DTSTART;VALUE=DATE:20270531\r\nDTEND;VALUE=DATE:20270601\r\nSUMMARY:ARRT CE probation: make-up deadline');
    const madeUp = evaluate(data([...short, course({ credits: 1500, completedOn: '2027-01-15' })]), '2027-02-01');
    expect(deadlineEvents(madeUp, null).some((e) => e.uid.startsWith('ce-probation'))).toBe(false);
  });

  it('escapes TEXT and folds long lines without splitting a character', () => {
    expect(text('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const long = `DESCRIPTION:${'é'.repeat(80)}`;
    const folded = fold(long);
    const lines = folded.split('\r\n');
    expect(lines.every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.map((l, n) => (n ? l.slice(1) : l)).join('')).toBe(long);
  });
});

describe('the certificate zip', () => {
  it('CRC-32 is the standard one', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('writes local headers, a central directory and an end record that point at each other', () => {
    const bytes = zip([
      { name: 'report.html', data: new TextEncoder().encode('<h1>x</h1>') },
      { name: 'certificates/é.pdf', data: new Uint8Array([1, 2, 3]) },
    ]);
    const view = new DataView(bytes.buffer);
    const end = bytes.length - 22;
    expect(view.getUint32(end, true)).toBe(0x06054b50);
    expect(view.getUint16(end + 10, true)).toBe(2);
    const dir = view.getUint32(end + 16, true);
    expect(view.getUint32(dir, true)).toBe(0x02014b50);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    const second = view.getUint32(dir + 46 + 'report.html'.length + 42, true);
    expect(view.getUint32(second, true)).toBe(0x04034b50);
  });
});
