import type { DisciplineId } from '../../outlines';
import { readDistribution } from './distribution';
import type { Line } from './dom/lines';
import type { ExtractedCourse } from '../schema';
import { oneLine } from '../parse/clean';
import { disciplinesIn } from '../parse/disciplines';
import { headerOverRow, labelWithValue } from '../parse/labels';
import { findApprovalNumber, findApprovedBy, findCategory, findCredits, findExpiry, findFormat, findPrice, labelledCredits } from '../parse/facts';
import { parseCredits } from '../parse/numbers';

/** What the caller already knows about a course before its text is read. */
export interface CourseFrame {
  kind: ExtractedCourse['kind'];
  title: string;
  url: string;
  sponsor: string | null;
  price: string | null;
  description: string | null;
  /** A credit figure from structured data, used only when the text states none. */
  structuredCredits: string | null;
  /** Whether the block offers to buy, enroll or start: a sign it is a course and not an article. */
  hasAction: boolean;
}

const DISCIPLINE_LABEL = /^(?:disciplines?|modalit(?:y|ies)|credentials?|approved\s+for|specialt(?:y|ies)|(?:target\s+)?audience|structured\s+education|cqr|subject|topic)\b/i;

/**
 * One course from its block's lines, or null when the block does not state a course: it must
 * give a positive number of credits and look like something one takes (a labelled credit line,
 * a price, an approval number or an enroll/buy action), so news and FAQ text quoting numbers
 * is not a course (sponsor-pages.md, "Traps").
 */
export function readCourse(frame: CourseFrame, lines: readonly Line[]): ExtractedCourse | null {
  const texts = withLabelsJoined(lines.map((l) => l.text));
  const credits = findCredits(texts) ?? (frame.structuredCredits ? parseCredits(frame.structuredCredits) : null);
  if (credits === null || credits === 0) return null;
  const approvalNumber = findApprovalNumber(texts);
  const price = frame.price ?? findPrice(texts);
  if (!(frame.hasAction || price || approvalNumber || texts.some(labelledCredits))) return null;

  const labelled = texts.filter((t) => DISCIPLINE_LABEL.test(t)).join(' ');
  const named = disciplinesIn(`${frame.title} ${labelled}`);
  const distribution = readDistribution(lines, named);
  const disciplines = [...new Set<DisciplineId>([...named, ...distribution.map((d) => d.discipline)])];
  const body = texts.join('\n');
  return {
    title: oneLine(frame.title, 500),
    sponsor: frame.sponsor ? oneLine(frame.sponsor, 200) : null,
    url: frame.url.slice(0, 2000),
    credits,
    category: findCategory(texts),
    approvalNumber,
    approvedBy: findApprovedBy(texts),
    expires: findExpiry(texts),
    disciplines,
    price: price ? oneLine(price, 100) : null,
    distribution,
    description: oneLine(frame.description ?? describe(texts), 1000),
    format: findFormat(`${frame.title}\n${body.slice(0, 5000)}`),
    kind: frame.kind,
  };
}

/** Each line, and after a label (or a header row) each label and its value as one line. */
function withLabelsJoined(texts: readonly string[]): string[] {
  const out: string[] = [];
  texts.forEach((t, i) => {
    out.push(t);
    const joined = labelWithValue(t, texts[i + 1]);
    if (joined !== null) out.push(joined);
    else out.push(...headerOverRow(t, texts[i + 1], texts[i + 2]));
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
