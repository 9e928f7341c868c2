import type { ActivityFormat, ArrtCategory } from '../../course/facts';
import { NUMBER, parseCredits } from './numbers';

/**
 * Readers for one fact each, over lines of a course's text. Wording from sponsor-pages.md,
 * "Wording seen on real pages". Each takes the first line that states the fact.
 */

/** "Category", "Cat.", and the typos real pages carry ("Catogory", "Catagory"). */
const CATEGORY_WORD = String.raw`cat[aeo]?g[aeo]ry|cat\.?`;

/**
 * A credit unit after a number. A bare "CE" ("2.25 CE", as catalog cards write it) only at the
 * end of a phrase: "2 CE courses" is a count of courses. Plain "hours" only as "2 hours of Category A
 * credit": alone it is a duration.
 */
const UNIT = String.raw`(?:(?:arrt|asrt)\s+)?(?:(?:${CATEGORY_WORD})\s*a\s*\+?\s*(?:\(plus\)\s*)?)?(?:(?:ce|radiology\s+ce|continuing\s+education(?:al)?|cqr|structured\s+education|sce)\s+)?(?:credits?|credit\s+(?:hours?|hrs)|contact\s+hours?|ceu'?s?|ce\s+(?:hours?|hrs)|ce\s+units?|smart\s+ed\s+credits?|voice\s+credits?|ce(?=\s*(?:$|[^\sa-z]))|hours?\s+of\s+(?:(?:arrt|asrt)\s+)?(?:(?:${CATEGORY_WORD})\s*a\s*\+?\s*)?(?:ce\s+|continuing\s+education(?:al)?\s+)?credits?)\b`;
const LABEL = String.raw`(?:^|[|•·;,]\s*)(?:total\s+|number\s+of\s+)?(?:(?:arrt|asrt)\s+)?(?:(?:${CATEGORY_WORD})\s*a\s*\+?\s*)?(?:ce|ceu'?s?|continuing\s+education(?:al)?|contact|credit|approved)?\s*(?:credits?|credit\s+(?:hours?|hrs)|contact\s+hours?|ceu'?s?|ce\s+(?:hours?|hrs)|ce(?=\s*[:|=]))\s*(?:\([^)]{0,40}\)\s*)?(?:awarded|earned|offered|available|granted)?\s*(?:[:|=\-–—]\s*|(?=[\d.¼½¾]))`;
const LABELLED_CREDITS = new RegExp(`${LABEL}(${NUMBER})`, 'i');
/** "1.5 credits", "2-credit", "one (1) credit". */
const STATED_CREDITS = new RegExp(`(${NUMBER})\\)?\\s*(?:-\\s*)?${UNIT}`, 'i');
/** The same, for walking every match of a line. */
const LABELLED_ALL = new RegExp(LABELLED_CREDITS.source, 'gi');
const STATED_ALL = new RegExp(STATED_CREDITS.source, 'gi');
/** Sentences about ARRT's requirements, not about a course ("24 credits every biennium", "Earn your 24 credits today"). */
const REQUIREMENT_TALK = /bienni|every (?:two|2) years|per year|required|requirement|you need|must (?:earn|complete)|up to|at least|maximum|minimum|\byour (?:\d+ )?(?:ce |arrt )?credits/i;
/**
 * An offer saying which requirement it meets ("This 2-credit course meets the requirements for
 * CT structured education") states its own credits: the phrase is not requirement talk.
 */
const MEETS_REQUIREMENT = /\b(?:meets?|satisf(?:y|ies)|fulfil(?:l|ls|s)?|counts?\s+toward|appl(?:y|ies)\s+to)\b[^.]{0,80}?\brequire(?:ments?|d)\b/gi;
/**
 * Credit for physicians, nurses or pharmacists (AMA PRA Category 1, CME, ANCC) beside a
 * course's ARRT credit: never the R.T.'s credits. "Category 1" names a category, not a number of credits.
 */
const OTHER_PROFESSION = /\bAMA\s*PRA\b|\bCMEs?\b|\bphysicians?\b|\bMDs?\b|\bnurs(?:e|es|ing)\b|\bANCC\b|\bpharmac|\bCNE\b|\bACPE\b/i;
const RT_CREDIT = /\bARRT\b|\bASRT\b|\bcat[aeo]?g[aeo]ry\s*a\b|\btechnologists?\b|\bR\.?T\.?s?\b|\bradiolog|\bsonograph|\bimaging\b/i;
const CATEGORY_BEFORE = /(?:cat[aeo]?g[aeo]ry|cat\.?)\s*$/i;

/** How a course's credits were stated: labelled ("CE Credits: 1.5") or in a sentence, and with CE wording or not. */
export interface CreditStatement {
  credits: number;
  labelled: boolean;
  /** Named as CE (ARRT, Category A, continuing education, CEU, contact hours), not only "credits". */
  ce: boolean;
}

const CE_WORDING = /\b(?:arrt|asrt|ce|ceus?|cqr|continuing\s+education(?:al)?|contact\s+hours?|structured\s+education)\b|cat[aeo]?g[aeo]ry\s*a\b|cat\.\s*a\b/i;

/** The first match of `re` (global: searched from the start) in `line` that is an R.T.'s credit figure, or null. */
function rtCredits(re: RegExp, line: string): number | null {
  const other = OTHER_PROFESSION.test(line);
  // A line about another profession's credit alone says nothing about the R.T.'s.
  if (other && !RT_CREDIT.test(line)) return null;
  re.lastIndex = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const at = m.index + m[0].indexOf(m[1]!);
    if (CATEGORY_BEFORE.test(line.slice(Math.max(0, at - 12), at))) continue;
    // Both professions on one line: the figure whose own clause names the other one is theirs.
    if (other && OTHER_PROFESSION.test(clauseAround(line, m.index, m.index + m[0].length))) continue;
    const credits = parseCredits(m[1]!);
    if (credits !== null) return credits;
  }
  return null;
}

/** The text from the previous clause break to the next one around a match, plus a few words after it. */
function clauseAround(line: string, start: number, end: number): string {
  const before = line.slice(0, start);
  const from = Math.max(before.lastIndexOf('|'), before.lastIndexOf(';'), before.lastIndexOf(','), before.lastIndexOf('. '));
  const rest = line.slice(end);
  const stop = rest.search(/[|;,]|\.\s/);
  return line.slice(from + 1, stop < 0 ? line.length : end + stop);
}

/** Every credit wording holds one of these: a cheap literal test before the real patterns. */
const CREDIT_WORD = /credit|ceu|hour|unit|\bce\b/i;

export function findCredits(lines: readonly string[]): number | null {
  return findCreditStatement(lines)?.credits ?? null;
}

/** The first labelled credit figure, else the first stated in a sentence that is not requirement talk. */
export function findCreditStatement(lines: readonly string[]): CreditStatement | null {
  for (const line of lines) {
    if (!CREDIT_WORD.test(line)) continue;
    const credits = rtCredits(LABELLED_ALL, line);
    if (credits !== null) return { credits, labelled: true, ce: CE_WORDING.test(line) };
  }
  for (const line of lines) {
    if (!CREDIT_WORD.test(line) || REQUIREMENT_TALK.test(line.replace(MEETS_REQUIREMENT, ' '))) continue;
    const credits = rtCredits(STATED_ALL, line);
    if (credits !== null) return { credits, labelled: false, ce: CE_WORDING.test(line) };
  }
  return null;
}

/** True when a line states a number of credits at all (used to find listings). */
export function statesCredits(line: string): boolean {
  return CREDIT_WORD.test(line) && (LABELLED_CREDITS.test(line) || STATED_CREDITS.test(line));
}

const CATEGORY = /\b(?:cat[aeo]?g[aeo]ry|cat\.?)\s*:?\s*a(?![a-z])\s*(\+|\(?plus\)?)?(\s*(?:or|\/|and)\s*a\s*\+)?/i;

/** "Category A or A+" is a Category A activity that also satisfies A+; "Cat. A+" is A+. */
export function findCategory(lines: readonly string[]): ArrtCategory | null {
  for (const line of lines) {
    const m = /cat/i.test(line) ? CATEGORY.exec(line) : null;
    if (m) return m[1] && !m[2] ? 'A+' : 'A';
  }
  return null;
}

/** ASRT Reference IDs: three letters and eight digits, e.g. DCD01040049 (sponsor-pages.md). */
const REFERENCE_ID = /\b([A-Z]{3}\d{8})\b/;
const LABELLED_APPROVAL = /\b(?:reference\s+id|approval\s+(?:number|no\.?|#|code|id)|arrt\s+approval|asrt\s+(?:reference|approval)(?:\s+(?:number|id))?)\s*[:#]?\s*([A-Z0-9][A-Z0-9-]{3,30})\b/i;

export function findApprovalNumber(lines: readonly string[]): string | null {
  for (const line of lines) {
    if (!/\d/.test(line)) continue;
    const m = REFERENCE_ID.exec(line) ?? (/approv|reference/i.test(line) ? LABELLED_APPROVAL.exec(line) : null);
    if (m && /\d/.test(m[1]!)) return m[1]!.toUpperCase();
  }
  return null;
}

/** Bodies that approve R.T. CE (sponsor-pages.md, "Approval"); ARRT itself only recognizes them. */
const BODIES = ['ASRT', 'AHRA', 'SNMMI-TS', 'SMRT', 'MDCB', 'AEIRS', 'ACR', 'RCEEM+', 'RCEEM'];
/** Every body in one pattern; "RCEEM+" is tried before "RCEEM". */
const BODY = new RegExp(`(?<![A-Za-z-])(${BODIES.map((b) => b.replace('+', '\\+')).join('|')})(?![A-Za-z+])`, 'g');
const APPROVAL_LINE = /approv|recogni[sz]ed|rceem|accredit/i;

/** Credits named for the body that approves them (sponsor-pages.md): "SMaRT Ed Credits" are SMRT's, "VOICE Credits" SNMMI-TS's. */
const NAMED_CREDITS: ReadonlyArray<[RegExp, string]> = [
  [/smart\s+ed\s+credit/i, 'SMRT'],
  [/voice\s+credit/i, 'SNMMI-TS'],
];

export function findApprovedBy(lines: readonly string[]): string | null {
  for (const line of lines) {
    if (!APPROVAL_LINE.test(line)) continue;
    const named = new Set(Array.from(line.matchAll(BODY), (m) => m[1]));
    if (named.size) return BODIES.filter((b) => named.has(b)).join(' / ');
  }
  for (const line of lines) for (const [credits, body] of NAMED_CREDITS) if (credits.test(line)) return body;
  return null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DATE = String.raw`(\d{1,2}\/\d{1,2}\/\d{4}|\d{4}-\d{2}-\d{2}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4})`;
const EXPIRY = new RegExp(String.raw`(?:expir\w*|approval\s+end\s+date|end\s+date|valid\s+(?:through|thru|until)|available\s+(?:through|until)|offered\s+until)(?:\s+(?:date|on))?\s*[:|\-–]?\s*${DATE}`, 'i');

/** An expiry date stated as a date; "one year from purchase" has none. */
export function findExpiry(lines: readonly string[]): string | null {
  for (const line of lines) {
    const m = /\d{4}/.test(line) ? EXPIRY.exec(line) : null;
    const iso = m ? parseDate(m[1]!) : null;
    if (iso) return iso;
  }
  return null;
}

/** A page's date as a calendar date (US order for slashes), or null if it is not a real date. */
export function parseDate(text: string): string | null {
  let y: number, mo: number, d: number;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text))) [mo, d, y] = [+m[1]!, +m[2]!, +m[3]!];
  else if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text))) [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
  else if ((m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(text))) [mo, d, y] = [MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1, +m[2]!, +m[3]!];
  else if ((m = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})$/.exec(text))) [d, mo, y] = [+m[1]!, MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1, +m[3]!];
  else return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (mo < 1 || y < 1990 || y > 2100 || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

const PRICE = /(?:\$|USD\s?)\s?\d{1,5}(?:,\d{3})*(?:\.\d{2})?/;

export function findPrice(lines: readonly string[]): string | null {
  for (const line of lines) {
    const m = PRICE.exec(line);
    if (m) return m[0].replace(/\s+/g, '');
  }
  return null;
}

const HOME_STUDY = /home[- ]?study|self[- ]study|directed\s+reading|self[- ]paced|on[- ]demand|e-?learning|correspondence|web[- ]based|online\s+(?:course|module|activity|test|exam)/i;
const LIVE = /\blive\s+(?:webinar|event|session|course|seminar|lecture|class)|in[- ]person|face[- ]to[- ]face|classroom|(?:annual\s+)?conference|symposium/i;

/** Home study counts once ever (arrt-rules.md), so the format matters; unknown when not stated. */
export function findFormat(text: string): ActivityFormat {
  if (HOME_STUDY.test(text)) return 'home-study';
  if (LIVE.test(text)) return 'live';
  return 'unknown';
}
