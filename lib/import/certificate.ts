import { readDistributionRows } from '../extract/generic/distribution';
import { cleanText } from '../extract/parse/clean';
import { disciplinesIn } from '../extract/parse/disciplines';
import { DATE, findApprovalNumber, findApprovedBy, findCategory, findCredits, findFormat, parseDate } from '../extract/parse/facts';
import { headerOverRow } from '../extract/parse/labels';
import { decimalPoint } from '../extract/parse/numbers';
import { formatCredits } from '../units/credits';
import { emptyDraft, type CourseDraft, type DraftField } from './course-draft';

/**
 * What a CE certificate states, as a draft for the user to confirm: its rows of text in (one list
 * per page, from `pageRows`), proposed fields out. The facts are read by `lib/extract/parse`, the
 * same readers as sponsor pages; this file only knows how certificates word the rest (who issued
 * it, what was completed, on which day). Nothing here saves: the form shows the draft beside the
 * certificate's own page, and only the user's confirmation makes it a record.
 */
export interface CertificateReading {
  draft: CourseDraft;
  /** False for a scanned certificate (an image without text): the form opens empty. */
  readable: boolean;
  /** The fields the certificate stated, in the draft's order. */
  found: DraftField[];
}

/** Fewer characters than this on every page is a picture of a certificate, not its text. */
const MIN_TEXT = 20;

export function readCertificate(pages: readonly (readonly string[])[]): CertificateReading {
  const rows = pages.flat().map((r) => decimalPoint(cleanText(r))).filter(Boolean);
  if (rows.join('').length < MIN_TEXT) return { draft: emptyDraft(), readable: false, found: [] };
  const lines = factLines(rows);
  const title = findTitle(rows, lines) ?? '';
  const credits = findCredits(lines);
  const draft: CourseDraft = {
    ...emptyDraft(),
    title,
    sponsor: findSponsor(pages[0] ?? [], lines) ?? '',
    completedOn: findCompletion(lines) ?? '',
    credits: credits === null ? '' : formatCredits(credits),
    category: findCategory(lines) ?? '',
    approvalNumber: findApprovalNumber(lines) ?? '',
    approvedBy: findApprovedBy(lines) ?? '',
    format: findFormat(lines.join(' ')),
    distribution: readDistributionRows(rows, disciplinesIn(title)).map((d) => ({ discipline: d.discipline, category: d.category, subcategory: d.subcategory ?? '', credits: formatCredits(d.credits), ...(d.unmapped ? { unmapped: true } : {}) })),
  };
  const found = (Object.keys(draft) as DraftField[]).filter((k) => (k === 'format' ? draft.format !== 'unknown' : k === 'distribution' ? draft.distribution.length > 0 : k !== 'status' && draft[k] !== ''));
  return { draft, readable: true, found };
}

/**
 * Rows as fact lines: a two-cell row whose first cell is a label reads "Label: value" (a facts
 * table); other rows with cells (two columns side by side) give each cell as its own line; a
 * header row of bare labels over a row of values gives each pair; a cell that was wrapped goes on
 * in the next row.
 */
function factLines(rows: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    const cells = rows[i]!.split(' | ');
    const next = rows[i + 1];
    const wrapped = cells.findIndex((c) => WRAPPED.test(c));
    if (wrapped >= 0 && next !== undefined && !next.includes(' | ') && !next.includes(':')) {
      cells[wrapped] = `${cells[wrapped]} ${next}`;
      i++;
    }
    if (cells.length === 2 && LABEL.test(cells[0]!)) out.push(`${cells[0]}: ${cells[1]}`);
    else if (cells.length > 1) out.push(...(cells.some((c) => c.includes(':')) ? [] : headerOverRow(rows[i]!, rows[i + 1], rows[i + 2])), ...cells);
    else out.push(cells[0]!);
  }
  return out;
}

/** Text cut by a line break: it ends in "&", "and", "of" or a comma. */
const WRAPPED = /(?:&|\band|\bof|,)$/;

/** A table's label cell: a few words, no digits. */
const LABEL = /^[A-Za-z][A-Za-z .'’()#/&-]{1,40}$/;

const TITLE_LABEL = /^(?:(?:course|activity|program(?:me)?|session|module|lecture|webinar)(?:\s+(?:title|name))?|title)\s*:\s*(.{3,})$/i;
/** What a certificate says before the course's title: "has completed", "for successfully completing the activity". */
const CUE = String.raw`(?:ha(?:s|ve)\s+(?:successfully\s+)?(?:completed|attended|participated\s+in)|(?:for\s+)?(?:the\s+)?(?:successful(?:ly)?\s+)?(?:completion\s+of|completing|attending))(?:\s+the\s+(?:[a-z]+\s+){0,4}?(?:course|activity|program|webinar|lecture|module))?\s*:?`;
const CUE_END = new RegExp(`${CUE}$`, 'i');
const CUE_INLINE = new RegExp(`${CUE}\\s+[“"']?(.{3,200}?)[”"']?(?:\\s+(?:and\\s+(?:is|was|has)\\s+(?:been\\s+)?(?:awarded|earned|granted)|on\\s+\\w+\\s+\\d|for\\s+\\d|earning|with\\s+\\d)|[.,]?$)`, 'i');

function findTitle(rows: readonly string[], lines: readonly string[]): string | null {
  for (const line of lines) {
    const m = TITLE_LABEL.exec(line);
    if (m) return unquote(m[1]!);
  }
  for (let i = 0; i < rows.length; i++) {
    if (CUE_END.test(rows[i]!) && rows[i + 1]) return unquote(rows[i + 1]!);
    const m = CUE_INLINE.exec(rows[i]!);
    if (m) return unquote(m[1]!);
  }
  return null;
}

const unquote = (s: string) => s.replace(/^[“"']|[”"'.]$/g, '').trim();

const SPONSOR_LABEL = /^(?:sponsor(?:ed\s+by)?|provider|(?:provided|presented|issued|offered)\s+by|organi[sz]ation)\s*:?\s+(.{2,200})$/i;
const PROVIDER_PROSE = /^(.{3,100}?)\s+is\s+(?:a|an)\s+(?:recogni[sz]ed|approved|accredited)\s+(?:\w+\s+)?(?:provider|sponsor)/i;

/**
 * The issuer: labelled ("Sponsor: …", "Provided by …"), said of itself ("X is a recognized
 * provider"), or else the letterhead, the first line of the first page when it is a name.
 */
function findSponsor(firstPage: readonly string[], lines: readonly string[]): string | null {
  for (const line of lines) {
    const m = SPONSOR_LABEL.exec(line) ?? PROVIDER_PROSE.exec(line);
    if (m) return m[1]!.replace(/[.,;]$/, '').trim();
  }
  const head = cleanText(firstPage[0] ?? '');
  if (!head || head.length > 80 || /\d|certif|diploma|award/i.test(head)) return null;
  return head === head.toUpperCase() ? head.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, s: string, c: string) => s + c.toUpperCase()).replace(/\b(And|Of|For|The)\b/g, (w) => w.toLowerCase()).replace(/^./, (c) => c.toUpperCase()) : head;
}

const ANY_DATE = new RegExp(`(?<![\\d.\\/])${DATE}(?![\\d.\\/]\\d)`, 'g');
const NOT_COMPLETION = /expir|valid|birth|approval\s+end|through|until|issued\s+to|printed/i;
const COMPLETION = /complet|date|awarded|attended|earned|held|presented|on\s/i;

/** The completion date: the first date on a line about completing (or just "Date:"), else the first date that is not an expiry. */
function findCompletion(lines: readonly string[]): string | null {
  let fallback: string | null = null;
  for (const line of lines) {
    if (NOT_COMPLETION.test(line) || !/\d{4}/.test(line)) continue;
    for (const m of line.matchAll(ANY_DATE)) {
      const iso = parseDate(m[1]!.replace(/\s+/g, ' '));
      if (!iso) continue;
      if (COMPLETION.test(line)) return iso;
      fallback ??= iso;
    }
  }
  return fallback;
}
