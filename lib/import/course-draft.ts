import { DisciplineId, type DistributionEntry } from '../outlines';
import { disciplinesIn } from '../extract/parse/disciplines';
import { parseDate } from '../extract/parse/facts';
import { decimalPoint, parseCredits } from '../extract/parse/numbers';
import type { ActivityFormat, ArrtCategory } from '../course/facts';
import type { CourseStatus } from '../rules/model';
import type { NewCourse } from '../store';
import { checkCreditAmount, checkDate } from '../rules/limits';
import { CREDIT_LIMITS, formatCredits } from '../units/credits';

/**
 * A course as a person (or a certificate, or a spreadsheet row) states it: text in every field,
 * before anything is checked. The add and edit forms, the certificate reader and the CSV import
 * all turn their input into a draft and the draft into a course here, so a course is checked by
 * one set of rules whatever it came from, and every refusal names its field and the allowed range.
 */
export interface CourseDraft {
  title: string;
  sponsor: string;
  status: CourseStatus;
  completedOn: string;
  credits: string;
  category: string;
  approvalNumber: string;
  approvedBy: string;
  format: ActivityFormat;
  distribution: DistributionDraft[];
  /** When the distribution was not stated by the user or the certificate but guessed ("estimated"). */
  distributionEstimated?: boolean;
  notes?: string;
  /** The course's page, when the record came with one (a CSV export, a sponsor page). */
  url?: string;
}
export interface DistributionDraft {
  discipline: string;
  category: string;
  subcategory: string;
  credits: string;
  unmapped?: boolean;
}

export type DraftField = keyof CourseDraft;
export interface FieldError {
  field: DraftField;
  message: string;
}

export const emptyDraft = (): CourseDraft => ({ title: '', sponsor: '', status: 'completed', completedOn: '', credits: '', category: '', approvalNumber: '', approvedBy: '', format: 'unknown', distribution: [] });

/** "A", "a+", "Category A+", "Cat. A plus" → the ARRT category; "" → none; anything else → undefined (refused). */
export function draftCategory(text: string): ArrtCategory | null | undefined {
  const t = text.trim();
  if (!t) return null;
  const m = /^(?:cat(?:egory)?\.?\s*)?a\s*(\+|plus)?$/i.exec(t);
  return m ? (m[1] ? 'A+' : 'A') : undefined;
}

/** Credits as typed: "1.5", "1,5", "1 ½"; hundredths, or null when not a credit amount. */
export function draftCredits(text: string): number | null {
  return parseCredits(decimalPoint(text.trim()));
}

/** Checks a draft against `today` (a course completed tomorrow counts nowhere) and makes the course to save. */
export function courseFromDraft(draft: CourseDraft, today: string): { course: NewCourse; errors: [] } | { course: null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const title = draft.title.trim();
  if (!title) errors.push({ field: 'title', message: 'Title: enter the course title.' });
  else if (title.length > 500) errors.push({ field: 'title', message: 'Title: at most 500 characters.' });
  // Read here (any notation people write), checked in lib/rules/limits.ts like every form's entries.
  const credits = draftCredits(draft.credits);
  if (credits === null)
    errors.push({ field: 'credits', message: `Credits: “${draft.credits.trim() || 'empty'}” is not a credit amount; enter 0.25 to ${CREDIT_LIMITS.course / 100} in quarter steps (e.g. 1.5).` });
  else {
    const checked = checkCreditAmount('courseCredits', credits, draft.credits.trim());
    if (!checked.ok) errors.push({ field: 'credits', message: checked.message });
  }
  const category = draftCategory(draft.category);
  if (category === undefined) errors.push({ field: 'category', message: `Category: “${draft.category.trim()}” is not an ARRT category; use A, A+ or leave it empty.` });
  let completedOn: string | null = null;
  if (draft.completedOn.trim()) {
    completedOn = parseDate(draft.completedOn.trim());
    const checked = completedOn ? checkDate('completedOn', completedOn, today) : null;
    if (!checked) errors.push({ field: 'completedOn', message: `Completed on: “${draft.completedOn.trim()}” is not a date; write it as 2026-03-14, 03/14/2026, 14.03.2026 or March 14, 2026 (1990 or later).` });
    else if (!checked.ok) errors.push({ field: 'completedOn', message: checked.message });
  } else if (draft.status === 'completed') errors.push({ field: 'completedOn', message: 'Completed on: a completed course needs the date on its certificate.' });
  for (const [field, value, max] of [['sponsor', draft.sponsor, 200], ['approvalNumber', draft.approvalNumber, 100], ['approvedBy', draft.approvedBy, 200]] as const)
    if (value.trim().length > max) errors.push({ field, message: `${LABELS[field]}: at most ${max} characters.` });
  const url = draft.url?.trim() ?? '';
  if (url && (url.length > 2000 || !/^https?:\/\/\S+$/i.test(url))) errors.push({ field: 'url', message: 'Course page: a web address starting with https:// (at most 2,000 characters).' });
  const distribution = distributionFromDraft(draft.distribution, errors);
  const total = distribution.reduce((sum, d) => sum + d.credits, 0);
  if (credits !== null && total > credits) errors.push({ field: 'distribution', message: `Credit distribution: its entries add up to more than the course's ${draft.credits.trim()} credits.` });
  if (errors.length) return { course: null, errors };
  const disciplines = [...new Set([...distribution.map((d) => d.discipline), ...disciplinesIn(title)])].slice(0, 20);
  const text = (s: string) => s.trim() || null;
  return {
    course: {
      title,
      sponsor: text(draft.sponsor),
      status: draft.status,
      credits: credits!,
      completedOn: draft.status === 'completed' ? completedOn : null,
      category: category ?? null,
      approvalNumber: text(draft.approvalNumber),
      approvedBy: text(draft.approvedBy),
      format: draft.format,
      disciplines,
      distribution,
      distributionBasis: distribution.length === 0 ? 'none' : draft.distributionEstimated ? 'estimated' : 'confirmed',
      notes: draft.notes ?? '',
      url: url || null,
    },
    errors: [],
  };
}

/** The field names as the forms label them, for messages. */
export const LABELS: Record<DraftField, string> = {
  title: 'Title',
  sponsor: 'Sponsor',
  status: 'Status',
  completedOn: 'Completed on',
  credits: 'Credits',
  category: 'Category',
  approvalNumber: 'Approval number',
  approvedBy: 'Approved by',
  format: 'Format',
  distribution: 'Credit distribution',
  distributionEstimated: 'Credit distribution',
  notes: 'Notes',
  url: 'Course page',
};

function distributionFromDraft(rows: readonly DistributionDraft[], errors: FieldError[]): DistributionEntry[] {
  const out: DistributionEntry[] = [];
  rows.forEach((row, i) => {
    if (!row.category.trim() && !row.subcategory.trim() && !row.credits.trim()) return;
    const discipline = DisciplineId.safeParse(row.discipline);
    const credits = draftCredits(row.credits);
    const amount = credits === null ? null : checkCreditAmount('courseCredits', credits, row.credits.trim());
    if (!discipline.success) errors.push({ field: 'distribution', message: `Credit distribution, line ${i + 1}: choose the discipline.` });
    else if (!row.category.trim()) errors.push({ field: 'distribution', message: `Credit distribution, line ${i + 1}: enter the content category.` });
    else if (amount === null) errors.push({ field: 'distribution', message: `Credit distribution, line ${i + 1}: “${row.credits.trim() || 'empty'}” is not a credit amount (0.25 to ${CREDIT_LIMITS.course / 100}).` });
    else if (!amount.ok) errors.push({ field: 'distribution', message: `Credit distribution, line ${i + 1}: ${amount.message}` });
    else
      out.push({
        discipline: discipline.data,
        category: row.category.trim().slice(0, 200),
        ...(row.subcategory.trim() ? { subcategory: row.subcategory.trim().slice(0, 200) } : {}),
        credits: amount.value,
        ...(row.unmapped ? { unmapped: true } : {}),
      });
  });
  return out.slice(0, 100);
}

/** A saved course back as a draft, for the edit form. */
export function draftFromCourse(c: {
  title: string;
  sponsor: string | null;
  status: CourseStatus;
  completedOn: string | null;
  credits: number;
  category: ArrtCategory | null;
  approvalNumber: string | null;
  approvedBy: string | null;
  format: ActivityFormat;
  distribution: readonly DistributionEntry[];
  distributionBasis: string;
  notes: string;
  url: string | null;
}): CourseDraft {
  return {
    title: c.title,
    sponsor: c.sponsor ?? '',
    status: c.status,
    completedOn: c.completedOn ?? '',
    credits: formatCredits(c.credits),
    category: c.category ?? '',
    approvalNumber: c.approvalNumber ?? '',
    approvedBy: c.approvedBy ?? '',
    format: c.format,
    distribution: c.distribution.map((d) => ({ discipline: d.discipline, category: d.category, subcategory: d.subcategory ?? '', credits: formatCredits(d.credits), ...(d.unmapped ? { unmapped: true } : {}) })),
    distributionEstimated: c.distributionBasis === 'estimated',
    notes: c.notes,
    url: c.url ?? '',
  };
}
