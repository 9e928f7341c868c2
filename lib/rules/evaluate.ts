import { currentOutline, type Outline } from '../outlines';
import { addDays, addMonths, daysBetween, firstOfMonth, lastOfMonth, parseIso, type IsoDate } from '../units/dates';
import { byCompletion, completedCourses, countBiennium, firstCompletions, type CompletedCourse } from './activity';
import {
  BIENNIUM_CREDITS,
  bienniumAt,
  previousBiennium,
  probationDeadline,
  RRA_BIENNIUM_CREDITS,
  SONOGRAPHY_CREDITS,
  SONOGRAPHY_DISCIPLINES,
  type BienniumDates,
} from './biennium';
import { byDiscipline, contentCredits, contentKey } from './content-credits';
import { cqrTimeline, isTimeLimited, type CqrTimeline } from './credential';
import type { BienniumProgress, CredentialProgress, Deadline, Evaluation, PrescriptionProgress, Probation, StructuredProgress } from './evaluation';
import type { RulesInput } from './input';
import type { Credential, Prescription } from './model';

/** Structured education: 16 credits, at least 1 in every major category, within 24 months (docs/arrt-rules.md). */
export const STRUCTURED_CREDITS = 1600;
export const STRUCTURED_CATEGORY_MINIMUM = 100;
export const STRUCTURED_WINDOW_MONTHS = 24;

/** Where every gap stands on `today`. Pure: the same input and day always give the same answer. */
export function evaluate(input: RulesInput, today: IsoDate): Evaluation {
  const ordered = completedCourses(input.courses);
  const biennium = bienniumProgress(input, ordered, today);
  const firstsBy = byDiscipline(firstCompletions(ordered));
  const credentials = input.credentials.map((c) => credentialProgress(input, c, firstsBy.get(c.discipline) ?? [], today));
  return { today, biennium, credentials, deadlines: deadlines(input, biennium, credentials, today) };
}

function bienniumProgress(input: RulesInput, ordered: readonly CompletedCourse[], today: IsoDate): BienniumProgress | null {
  const dates = bienniumAt(input.profile, input.credentials, today);
  if (!dates) return null;
  const { counted, excluded, flagged } = countBiennium(ordered, dates.start, dates.end);
  const required = input.credentials.some((c) => c.discipline === 'RRA' && c.status === 'held') ? RRA_BIENNIUM_CREDITS : BIENNIUM_CREDITS;
  const probation = probationFor(input, ordered, dates, required, counted, today);
  let earned = 0;
  for (const credits of counted.values()) earned += credits;
  const holdsSonography = input.credentials.some((c) => c.status === 'held' && isSonography(c.discipline));
  let sonographyEarned = 0;
  if (holdsSonography) {
    for (const c of ordered) {
      const credits = counted.get(c.id);
      if (credits !== undefined && c.disciplines.some(isSonography)) sonographyEarned += credits;
    }
  }
  const sonography = holdsSonography ? { required: SONOGRAPHY_CREDITS, earned: sonographyEarned, remaining: Math.max(0, SONOGRAPHY_CREDITS - sonographyEarned) } : null;
  return {
    ...dates,
    daysLeft: daysBetween(today, dates.end),
    required,
    earned,
    // 24 credits of which 16 sonography-related: 24 others still leave the 16 to earn.
    remaining: Math.max(0, required - earned, sonography?.remaining ?? 0),
    sonography,
    probation,
    countedCourseIds: [...counted.keys()],
    excluded,
    flagged,
  };
}

/**
 * CE probation after a biennium that ended short (docs/arrt-rules.md, CE probation). Spoken of only
 * for a biennium whose end the user tracked here (`trackingSince`): a new user's unrecorded past,
 * or a few old certificates entered later, are not a deficit. Make-up credits completed in the
 * six-month make-up period go to the deficit first, in completion order; they leave `counted`
 * (the current biennium) by as much.
 */
function probationFor(input: RulesInput, ordered: readonly CompletedCourse[], dates: BienniumDates, required: number, counted: Map<string, number>, today: IsoDate): Probation | null {
  const month = input.profile.birthMonth;
  if (month === null) return null;
  const prev = previousBiennium(dates, month);
  const since = input.profile.trackingSince;
  if (since === null || since > prev.end) return null;
  let prevEarned = 0;
  for (const credits of countBiennium(ordered, prev.start, prev.end).counted.values()) prevEarned += credits;
  const deficit = required - prevEarned;
  if (deficit <= 0) return null;
  const deadline = probationDeadline(prev.end);
  const applied: Probation['applied'] = [];
  let left = deficit;
  const makeUp = ordered.filter((c) => counted.has(c.id) && c.completedOn <= deadline).sort(byCompletion);
  for (const c of makeUp) {
    if (left === 0) break;
    const credits = counted.get(c.id)!;
    const moved = Math.min(credits, left);
    left -= moved;
    applied.push({ courseId: c.id, credits: moved });
    if (moved === credits) counted.delete(c.id);
    else counted.set(c.id, credits - moved);
  }
  return {
    bienniumStart: prev.start,
    bienniumEnd: prev.end,
    deadline,
    daysLeft: daysBetween(today, deadline),
    deficit,
    madeUp: deficit - left,
    remaining: left,
    status: left === 0 ? 'met' : today > deadline ? 'missed' : 'open',
    applied,
  };
}

function isSonography(d: string): boolean {
  return (SONOGRAPHY_DISCIPLINES as readonly string[]).includes(d);
}

function credentialProgress(input: RulesInput, c: Credential, firsts: readonly CompletedCourse[], today: IsoDate): CredentialProgress {
  const outline = currentOutline(c.discipline, input.outlineOverrides);
  const cqr = cqrTimeline(c, today);
  const prescription = input.prescriptions.find((p) => p.credentialId === c.id) ?? null;
  return {
    credentialId: c.id,
    discipline: c.discipline,
    outlineVersion: outline?.version ?? null,
    timeLimited: isTimeLimited(c),
    cqr,
    prescription: prescription ? prescriptionProgress(prescription, c, cqr, firsts, today) : null,
    structured: c.status === 'pursuing' ? structuredProgress(c, outline, firsts, today) : null,
  };
}

/**
 * CE counts for a prescription from the day ARRT issued it (or the window's opening when the user
 * did not enter that date) to the compliance deadline.
 */
function prescriptionProgress(p: Prescription, c: Credential, cqr: CqrTimeline | null, firsts: readonly CompletedCourse[], today: IsoDate): PrescriptionProgress {
  const countsFrom = p.issuedOn ?? cqr?.windowStart ?? '1900-01-01';
  // After a missed window, CE completed while reinstating still counts (docs/arrt-rules.md, Reinstatement).
  const totals = contentCredits(firsts, c.discipline, countsFrom, cqr?.reinstateBy ?? cqr?.deadline ?? today);
  const categories: PrescriptionProgress['categories'] = [];
  for (const item of p.items) {
    const earned = totals.get(contentKey(item.category, item.subcategory)) ?? 0;
    const remaining = Math.max(0, item.credits - earned);
    const sub = { category: item.category, subcategory: item.subcategory, required: item.credits, earned, remaining, done: remaining === 0 };
    let cat = categories.find((x) => x.category === item.category);
    if (!cat) categories.push((cat = { category: item.category, required: 0, earned: 0, remaining: 0, subcategories: [] }));
    cat.subcategories.push(sub);
    cat.required += item.credits;
    // Credits beyond a subcategory's requirement do not fill another one.
    cat.earned += Math.min(earned, item.credits);
    cat.remaining += remaining;
  }
  const sum = (k: 'required' | 'earned' | 'remaining') => categories.reduce((t, x) => t + x[k], 0);
  return { prescriptionId: p.id, countsFrom, required: sum('required'), earned: sum('earned'), remaining: sum('remaining'), categories };
}

function structuredProgress(c: Credential, outline: Outline | undefined, firsts: readonly CompletedCourse[], today: IsoDate): StructuredProgress {
  const windowEnd = c.applyBy ?? today;
  const windowStart = addDays(addMonths(windowEnd, -STRUCTURED_WINDOW_MONTHS), 1);
  const totals = contentCredits(firsts, c.discipline, windowStart, windowEnd);
  const categories = (outline?.categories ?? []).map((cat) => {
    const earned = totals.get(contentKey(cat.name)) ?? 0;
    return { category: cat.name, earned, met: earned >= STRUCTURED_CATEGORY_MINIMUM };
  });
  const earned = categories.reduce((t, x) => t + x.earned, 0);
  // Both conditions must hold: the total, and the minimum in every major category.
  const categoryShortfall = categories.reduce((t, x) => t + Math.max(0, STRUCTURED_CATEGORY_MINIMUM - x.earned), 0);
  return { windowStart, windowEnd, required: STRUCTURED_CREDITS, earned, remaining: Math.max(STRUCTURED_CREDITS - earned, categoryShortfall, 0), categories };
}

/** Annual renewal is due by the last day of the birth month and opens two months before (docs/arrt-rules.md). */
export const RENEWAL_OPENS_MONTHS_BEFORE = 2;

export function annualRenewal(birthMonth: number, today: IsoDate): { opens: IsoDate; due: IsoDate } {
  const { year } = parseIso(today);
  let due = lastOfMonth(year, birthMonth);
  if (due < today) due = lastOfMonth(year + 1, birthMonth);
  const { year: dy, month: dm } = parseIso(due);
  return { opens: addMonths(firstOfMonth(dy, dm), -RENEWAL_OPENS_MONTHS_BEFORE), due };
}

/**
 * Every date the user must act by, nearest first. A passed CQR deadline without a recorded
 * completion stays listed (`cqr-overdue`): the standing never goes quiet.
 */
function deadlines(input: RulesInput, biennium: BienniumProgress | null, progress: readonly CredentialProgress[], today: IsoDate): Deadline[] {
  const list: Deadline[] = [];
  const at = (kind: Deadline['kind'], date: IsoDate, remaining: number | null, p?: CredentialProgress) =>
    list.push({ kind, credentialId: p?.credentialId ?? null, discipline: p?.discipline ?? null, date, daysLeft: daysBetween(today, date), remaining });
  if (biennium) {
    at('biennium-end', biennium.end, Math.max(0, biennium.required - biennium.earned));
    if (biennium.sonography) at('sonography', biennium.end, biennium.sonography.remaining);
    const probation = biennium.probation;
    if (probation && probation.status === 'open') at('ce-probation', probation.deadline, probation.remaining);
  }
  if (input.profile.birthMonth !== null && input.credentials.some((c) => c.status === 'held')) at('annual-renewal', annualRenewal(input.profile.birthMonth, today).due, null);
  for (const p of progress) {
    const cqr = p.cqr;
    if (cqr && cqr.status !== 'complete') {
      const remaining = p.prescription?.remaining ?? null;
      // Listed until its day has come, so the reminder on the opening day still finds it.
      if (cqr.windowStart >= today) at('cqr-window-opens', cqr.windowStart, null, p);
      if (cqr.status === 'upcoming' || cqr.status === 'open') at('cqr-submit-by', cqr.submitBy, remaining, p);
      if (cqr.status === 'submit-now') at('cqr-window-ends', cqr.deadline, remaining, p);
      if (cqr.status === 'overdue') at('cqr-overdue', cqr.deadline, remaining, p);
    }
    const applyBy = input.credentials.find((c) => c.id === p.credentialId)?.applyBy;
    if (p.structured && applyBy && applyBy >= today) at('structured-apply-by', applyBy, p.structured.remaining, p);
  }
  return list.sort((a, b) => a.date.localeCompare(b.date));
}
