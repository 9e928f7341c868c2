/** Registered marks, zero-width and no-break characters are noise for matching (sponsor-pages.md). */
export function cleanText(text: string): string {
  return text
    .replace(/[®™©\u200b-\u200d\ufeff]/g, '')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t\f\v\r]+/g, ' ')
    .trim();
}

/** One line of visible-ish text, at most `max` characters, for titles and descriptions. */
export function oneLine(text: string, max: number): string {
  const s = cleanText(text).replace(/\s+/g, ' ');
  return s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s;
}
