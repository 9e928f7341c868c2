import Papa from 'papaparse';
import type { ActivityFormat } from '../course/facts';
import type { CourseStatus } from '../rules/model';
import { courseFingerprint, ESTIMATED_PREFIX, FORMULA_START, UNMAPPED_SUFFIX, type NewCourse } from '../store';
import { courseFromDraft, emptyDraft, type CourseDraft, type DistributionDraft } from './course-draft';

/**
 * An earlier CE history from a spreadsheet (or CE Companion's own CSV export) as courses to add:
 * parsed by papaparse (quotes, line breaks in cells, a BOM, ";" or tab separators), columns
 * mapped from their headers, every row checked by the same draft rules as the add form, and
 * sorted into added, duplicates and refused, each with its reason. Nothing is saved here.
 */
export const IMPORT_FIELDS = ['title', 'completedOn', 'credits', 'category', 'sponsor', 'approvalNumber', 'approvedBy', 'format', 'distribution', 'certificate', 'url'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
/** Field → column index (or null: not in the file). */
export type ColumnMapping = Record<ImportField, number | null>;

export const FIELD_LABELS: Record<ImportField, string> = {
  title: 'Title',
  completedOn: 'Completed on',
  credits: 'Credits',
  category: 'Category',
  sponsor: 'Sponsor',
  approvalNumber: 'Approval / reference number',
  approvedBy: 'Approved by',
  format: 'Format',
  distribution: 'Credit distribution',
  certificate: 'Certificate file name',
  url: 'Course page (URL)',
};

/** More rows than a career of CE holds; past it a file is something else. */
export const MAX_IMPORT_ROWS = 10_000;

export interface CsvTable {
  header: string[];
  rows: string[][];
}

export class CsvError extends Error {}

export function parseCsv(text: string): CsvTable {
  const result = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t', '|'], preview: MAX_IMPORT_ROWS + 2 });
  const [header, ...rows] = result.data;
  if (!header || header.every((h) => !h.trim())) throw new CsvError('This file has no rows: a CSV starts with a row of column names (Title, Completed on, Credits, …).');
  if (rows.length > MAX_IMPORT_ROWS) throw new CsvError(`This file has more than ${MAX_IMPORT_ROWS.toLocaleString('en-US')} rows; no CE history is that long. Split it, or check that it is the right file. Nothing was imported.`);
  return { header: header.map((h) => h.trim()), rows };
}

/** Header words per field, most specific first: "Approved by" is not an approval number, "Sponsor name" not a title. */
const HEADER_WORDS: ReadonlyArray<[ImportField, RegExp]> = [
  ['approvedBy', /approved\s*by|approving|accredit/i],
  ['certificate', /certificate|file/i],
  ['distribution', /distribution|subcategor|breakdown/i],
  ['sponsor', /sponsor|provider|organi[sz]|issuer|vendor/i],
  ['approvalNumber', /approval|reference|\bref\b|\bid\b|number|code/i],
  ['completedOn', /complet|date|finished|earned\s+on/i],
  ['credits', /credit|hours|ceu/i],
  ['category', /categ/i],
  ['format', /format|type|delivery/i],
  ['url', /url|link|web/i],
  ['title', /title|course|activity|name|program/i],
];

export function guessMapping(header: readonly string[]): ColumnMapping {
  const mapping = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, null])) as ColumnMapping;
  header.forEach((name, i) => {
    const field = HEADER_WORDS.find(([f, re]) => mapping[f] === null && re.test(name))?.[0];
    if (field) mapping[field] = i;
  });
  return mapping;
}

export interface ImportRow {
  /** The row's line in the file, counting the header as 1 (as a spreadsheet numbers it). */
  line: number;
  title: string;
  kind: 'add' | 'duplicate' | 'refused';
  reason: string;
  course: NewCourse | null;
}

/** What is saved already: the records of each activity, by fingerprint. */
export type SavedCourses = ReadonlyMap<string, ReadonlyArray<{ title: string; status: CourseStatus; completedOn: string | null }>>;

export function previewImport(table: CsvTable, mapping: ColumnMapping, saved: SavedCourses, today: string): ImportRow[] {
  const inFile = new Map<string, number>();
  return table.rows.map((cells, i) => {
    const line = i + 2;
    const get = (f: ImportField) => (mapping[f] === null ? '' : unneutralize(cells[mapping[f]!] ?? '').trim());
    const draft = rowDraft(get);
    const title = draft.title.slice(0, 200);
    if (draft.distribution.some((d) => d.discipline === '')) return { line, title, kind: 'refused', reason: `Credit distribution: “${get('distribution')}” is not written as “CT Safety / Radiation Safety and Dose: 0.5; …”.`, course: null };
    const { course, errors } = courseFromDraft(draft, today);
    if (!course) return { line, title, kind: 'refused', reason: errors.map((e) => e.message).join(' '), course: null };
    const fingerprint = courseFingerprint({ title: course.title, sponsor: course.sponsor ?? null, approvalNumber: course.approvalNumber ?? null });
    const earlier = inFile.get(fingerprint);
    if (earlier !== undefined) return { line, title, kind: 'duplicate', reason: `The same course as line ${earlier}.`, course: null };
    inFile.set(fingerprint, line);
    // Every completion is a record of its own (lib/store/merge.ts): the same completion date is the same record.
    const records = saved.get(fingerprint) ?? [];
    const same = records.find((r) => r.status === 'completed' && r.completedOn === course.completedOn);
    if (same) return { line, title, kind: 'duplicate', reason: `Already saved: “${same.title}”, completed ${same.completedOn}.`, course: null };
    const open = records.find((r) => r.status !== 'completed');
    const repeat = records.find((r) => r.status === 'completed');
    const reason = open ? `Completes “${open.title}”, saved as ${open.status}.` : repeat ? `Another completion of “${repeat.title}” (also completed ${repeat.completedOn}); the rules decide what a repeat counts for.` : '';
    return { line, title, kind: 'add', reason, course: { ...course, fingerprint } };
  });
}

function rowDraft(get: (f: ImportField) => string): CourseDraft {
  const certificate = get('certificate');
  let distribution = get('distribution');
  const estimated = distribution.startsWith(ESTIMATED_PREFIX);
  if (estimated) distribution = distribution.slice(ESTIMATED_PREFIX.length);
  return {
    ...emptyDraft(),
    title: get('title'),
    completedOn: get('completedOn'),
    credits: get('credits'),
    category: get('category'),
    sponsor: get('sponsor'),
    approvalNumber: get('approvalNumber'),
    approvedBy: get('approvedBy'),
    format: readFormat(get('format')),
    distribution: distribution ? distribution.split(/;\s*/).filter(Boolean).map(readEntry) : [],
    distributionEstimated: estimated,
    url: get('url'),
    notes: certificate ? `Certificate file: ${certificate.slice(0, 300)}` : '',
  };
}

/** Undoes the export's formula guard: "'=SUM" was the text "=SUM". */
function unneutralize(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

function readFormat(text: string): ActivityFormat {
  if (/home|self|online|on[- ]demand|enduring|web/i.test(text)) return 'home-study';
  if (/live|person|conference|lecture|seminar/i.test(text)) return 'live';
  return 'unknown';
}

/** "CT Safety / Radiation Safety and Dose: 0.5" as the export writes an entry; a discipline of "" marks one that is not. */
const ENTRY = new RegExp(String.raw`^(\S+)\s+(.+?)(?:\s+\/\s+(.+?))?:\s*(\S+?)(${UNMAPPED_SUFFIX.replace(/[()]/g, '\\$&')})?$`);
function readEntry(text: string): DistributionDraft {
  const m = ENTRY.exec(text.trim());
  if (!m) return { discipline: '', category: '', subcategory: '', credits: '' };
  return { discipline: m[1]!, category: m[2]!, subcategory: m[3] ?? '', credits: m[4]!, ...(m[5] ? { unmapped: true } : {}) };
}

/** The saved courses as the preview needs them. */
export function savedCourses(courses: ReadonlyArray<{ fingerprint: string; title: string; status: CourseStatus; completedOn: string | null }>): SavedCourses {
  const map = new Map<string, Array<(typeof courses)[number]>>();
  for (const c of courses) map.set(c.fingerprint, [...(map.get(c.fingerprint) ?? []), c]);
  return map;
}
