/** Registered marks, zero-width and no-break characters are noise for matching (sponsor-pages.md). */
export function cleanText(text: string): string {
  // Most text holds no mark or special space: one test spares two passes over it.
  const marked = MARKS.test(text) ? text.replace(/[®™©\u200b-\u200d\ufeff]/g, '').replace(/\u00a0/g, ' ') : text;
  return marked.replace(/[ \t\f\v\r]+/g, ' ').trim();
}

const MARKS = /[®™©\u200b-\u200d\ufeff\u00a0]/;

/** One line of visible-ish text, at most `max` characters, for titles and descriptions. */
export function oneLine(text: string, max: number): string {
  const s = cleanText(text).replace(/\s+/g, ' ');
  return s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s;
}
