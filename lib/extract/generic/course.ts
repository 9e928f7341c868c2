import type { DisciplineId } from '../../outlines';
import { readDistribution } from './distribution';
import type { Line } from './dom/lines';
import type { ExtractedCourse } from '../schema';
import { oneLine } from '../parse/clean';
import { disciplinesIn } from '../parse/disciplines';
import { gridUnderHeader, headerOverRow, labelWithValue } from '../parse/labels';
import { findApprovalNumber, findApprovedBy, findCategory, findCreditStatement, findExpiry, findFormat, findPrice } from '../parse/facts';
import type { Reason } from '../evidence';
import { parseCredits } from '../parse/numbers';

/** What the caller already knows about a course before its text is read. */
export interface CourseFrame {
  kind: ExtractedCourse['kind'];
  title: string;
  url: string;
  sponsor: string | null;
  price: string | null;
  description: string | null;
  /** A credit figure from elsewhere (structured data, a credits field holding a bare number), asked for only when the text states none. */
  otherCredits: () => { value: string; from: string } | null;
  /** Whether the block offers to buy, enroll or start: a sign it is a course and not an article. */
  hasAction: boolean;
}

/** A course read from a block, and the evidence of the block itself (the page's is weighed by the caller). */
export interface Reading {
  course: ExtractedCourse;
  reasons: Reason[];
}

const DISCIPLINE_LABEL = /^(?:disciplines?|modalit(?:y|ies)|credentials?|approved\s+for|specialt(?:y|ies)|(?:target\s+)?audience|structured\s+education|cqr|subject|topic)\b/i;

/**
 * One course from its block's lines with the evidence that it is one, or null when the block
 * gives no positive number of credits. Whether the evidence is enough is the caller's call
 * (evidence.ts): a number of credits alone is what news and FAQ text quote too
 * (sponsor-pages.md, "Traps"); a CE credit statement with a category, an approval number, a
 * price or an action to take it is what a course gives.
 */
export function readCourse(frame: CourseFrame, lines: readonly Line[]): Reading | null {
  const texts = withLabelsJoined(lines.map((l) => l.text));
  const statement = findCreditStatement(texts);
  const other = statement ? null : frame.otherCredits();
  const credits = statement?.credits ?? (other ? parseCredits(other.value) : null);
  if (credits === null || credits === 0) return null;
  const approvalNumber = findApprovalNumber(texts);
  const price = frame.price ?? findPrice(texts);
  const category = findCategory(texts);
  const approvedBy = findApprovedBy(texts);
  const reasons: Reason[] = [];
  const add = (weight: number, why: string) => reasons.push({ weight, why });
  if (statement) add(2 + (statement.ce ? 1 : 0) + (statement.labelled ? 1 : 0), `${statement.labelled ? 'labelled' : 'stated'} ${statement.ce ? 'CE ' : ''}credits`);
  else add(2, `credits from ${other!.from}`);
  if (category) add(2, 'ARRT category');
  if (approvalNumber) add(2, 'approval number');
  if (approvedBy) add(1, 'approving body');
  if (price) add(2, 'price');
  if (frame.hasAction) add(2, frame.kind === 'listing' ? 'own link' : 'action to take it');

  const labelled = texts.filter((t) => DISCIPLINE_LABEL.test(t)).join(' ');
  const named = disciplinesIn(`${frame.title} ${labelled}`);
  const distribution = readDistribution(lines, named);
  const disciplines = [...new Set<DisciplineId>([...named, ...distribution.map((d) => d.discipline)])];
  const body = texts.join('\n');
  const course: ExtractedCourse = {
    title: oneLine(frame.title, 500),
    sponsor: frame.sponsor ? oneLine(frame.sponsor, 200) : null,
    url: frame.url.slice(0, 2000),
    credits,
    category,
    approvalNumber,
    approvedBy,
    expires: findExpiry(texts),
    disciplines,
    price: price ? oneLine(price, 100) : null,
    distribution,
    description: oneLine(frame.description ?? describe(texts), 1000),
    format: findFormat(`${frame.title}\n${body.slice(0, 5000)}`),
    kind: frame.kind,
  };
  return { course, reasons };
}

/** Each line, and after a label (or a header row) each label and its value as one line. */
function withLabelsJoined(texts: readonly string[]): string[] {
  const out: string[] = [];
  texts.forEach((t, i) => {
    out.push(t);
    const joined = labelWithValue(t, texts[i + 1]);
    if (joined !== null) out.push(joined);
    else out.push(...headerOverRow(t, texts[i + 1], texts[i + 2]), ...gridUnderHeader(texts, i));
  });
  return out;
}

/** The course's own prose: its longer lines, for estimating a distribution when none is stated. */
function describe(texts: readonly string[]): string {
  return texts
    .filter((t) => t.length > 60)
    .join(' ')
    .slice(0, 1000);
}
