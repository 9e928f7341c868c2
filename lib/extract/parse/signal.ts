/**
 * Whether a sample of a page's text is about CE at all: the detector's cheap first look, run on
 * every page of a sponsor site. Native string searches on lower-cased text instead of one big
 * regex: a content script starts cold on each page, where a regex is interpreted (about 0.5 ms
 * over the 24,000-character sample) until it has paid for compiling to machine code.
 */
export function mentionsCe(text: string): boolean {
  const lower = text.toLowerCase();
  return PHRASES.some((p) => lower.includes(p)) || WORDS.some((w) => hasWord(lower, w)) || statesCreditNumber(lower);
}

/** Phrases no other kind of page uses (sponsor-pages.md, "Wording seen on real pages"). Searched
 * as substrings: `textContent` glues adjacent cells ("Course" "CE Hrs" → "CourseCE Hrs"). */
const PHRASES = ['continuing education', 'contact hour', 'category a', 'structured education', 'ce hour', 'ce hrs', 'credit hour'];
/** Short names that are only signals as whole words ("ceu" is also in "pharmaceutical"). */
const WORDS = ['ce', 'ceu', 'ceus', 'arrt', 'asrt', 'cqr', 'rceem'];

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

function hasWord(lower: string, word: string): boolean {
  for (let i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
    if (!isWordChar(lower.charCodeAt(i - 1)) && !isWordChar(lower.charCodeAt(i + word.length))) return true;
  }
  return false;
}

/** "1.5 credits", "2 CE credits": a number before the word (a credit card is not CE). */
function statesCreditNumber(lower: string): boolean {
  for (let i = lower.indexOf('credit'); i >= 0; i = lower.indexOf('credit', i + 1)) {
    let j = i - 1;
    while (lower[j] === ' ') j--;
    if (lower.slice(j - 1, j + 1) === 'ce' && lower[j - 2] === ' ') j -= 2;
    while (lower[j] === ' ') j--;
    const code = lower.charCodeAt(j);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}
