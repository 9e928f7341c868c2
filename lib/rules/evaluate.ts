import { currentOutline, type Outline } from '../outlines';
import { addDays, addMonths, daysBetween, type IsoDate } from '../units/dates';
import { completedCourses, countBiennium, firstCompletions, type CompletedCourse } from './activity';
import { BIENNIUM_CREDITS, bienniumAt, RRA_BIENNIUM_CREDITS, SONOGRAPHY_CREDITS, SONOGRAPHY_DISCIPLINES } from './biennium';
import { byDiscipline, contentCredits, contentKey, type ContentSources } from './content-credits';
import { cqrTimeline, isTimeLimited, type CqrTimeline } from './credential';
import type { BienniumProgress, CredentialProgress, Deadline, Evaluation, PrescriptionProgress, StructuredProgress } from './evaluation';
import type { RulesInput } from './input';
import type { Credential, Prescription } from './model';

/** Structured education: 16 credits, at least 1 in every major category, within 24 months (arrt-rules.md). */
export const STRUCTURED_CREDITS = 1600;
export const STRUCTURED_CATEGORY_MINIMUM = 100;
export const STRUCTURED_WINDOW_MONTHS = 24;

/** Where every gap stands on `today`. Pure: the same input and day always give the same answer. */
export function evaluate(input: RulesInput, today: IsoDate): Evaluation {
  const ordered = completedCourses(input.courses);
  const biennium = bienniumProgress(input, ordered, today);
  const firstsBy = byDiscipline(firstCompletions(ordered));
  const credentials = input.credentials.map((c) => credentialProgress(input, c, firstsBy.get(c.discipline) ?? [], today));
  return { today, biennium, credentials, deadlines: deadlines(biennium, credentials, input.credentials, today) };
}

function bienniumProgress(input: RulesInput, ordered: readonly CompletedCourse[], today: IsoDate): BienniumProgress | null {
  const dates = bienniumAt(input.profile, input.credentials, today);
  if (!dates) return null;
  const { counted, excluded } = countBiennium(ordered, dates.start, dates.end);
  const required = input.credentials.some((c) => c.discipline === 'RRA' && c.status === 'held') ? RRA_BIENNIUM_CREDITS : BIENNIUM_CREDITS;
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
  return {
    ...dates,
    daysLeft: daysBetween(today, dates.end),
    required,
    earned,
    remaining: Math.max(0, required - earned),
    sonography: holdsSonography
      ? { required: SONOGRAPHY_CREDITS, earned: sonographyEarned, remaining: Math.max(0, SONOGRAPHY_CREDITS - sonographyEarned) }
      : null,
    countedCourseIds: [...counted.keys()],
    excluded,
  };
}

function isSonography(d: string): boolean {
  return (SONOGRAPHY_DISCIPLINES as readonly string[]).includes(d);
}

function credentialProgress(input: RulesInput, c: Credential, firsts: readonly CompletedCourse[], today: IsoDate): CredentialProgress {
  const outline = currentOutline(c.discipline, input.outlineOverrides);
  const cqr = cqrTimeline(c, today);
  // A prescription with no subcategory is no prescription: it must never read as "complete".
  const prescription = input.prescriptions.find((p) => p.credentialId === c.id && p.items.length > 0) ?? null;
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
  const sources: ContentSources = new Map();
  const totals = contentCredits(firsts, c.discipline, countsFrom, cqr?.deadline ?? today, sources);
  const categories: PrescriptionProgress['categories'] = [];
  for (const item of p.items) {
    const key = contentKey(item.category, item.subcategory);
    const earned = totals.get(key) ?? 0;
    const remaining = Math.max(0, item.credits - earned);
    const sub = { category: item.category, subcategory: item.subcategory, required: item.credits, earned, remaining, done: remaining === 0, courses: sources.get(key) ?? [] };
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

function deadlines(biennium: BienniumProgress | null, progress: readonly CredentialProgress[], credentials: readonly Credential[], today: IsoDate): Deadline[] {
  const list: Deadline[] = [];
  if (biennium) {
    list.push({ kind: 'biennium-end', credentialId: null, discipline: null, date: biennium.end, daysLeft: biennium.daysLeft, remaining: biennium.remaining });
  }
  for (const p of progress) {
    if (p.cqr && p.cqr.submitBy >= today) {
      list.push({ kind: 'cqr-submit-by', credentialId: p.credentialId, discipline: p.discipline, date: p.cqr.submitBy, daysLeft: daysBetween(today, p.cqr.submitBy), remaining: p.prescription?.remaining ?? null });
    }
    const applyBy = credentials.find((c) => c.id === p.credentialId)?.applyBy;
    if (p.structured && applyBy && applyBy >= today) {
      list.push({ kind: 'structured-apply-by', credentialId: p.credentialId, discipline: p.discipline, date: applyBy, daysLeft: daysBetween(today, applyBy), remaining: p.structured.remaining });
    }
  }
  return list.sort((a, b) => a.date.localeCompare(b.date));
}
