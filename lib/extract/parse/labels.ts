/** A line that is only a label: "CE Credits", "Reference ID:", as definition lists and info boxes write them. */
export const LABEL_ONLY = /^(?:[A-Za-z][\w .'’()#/&+-]{0,40}:|[\w .'’()#/&+-]{0,25}\b(?:credits?|ceus?|hours|category|reference(?: id)?|approv\w*|expir\w*|end date|price|tuition|disciplines?|modalit(?:y|ies)|format)\b[\w .()]{0,15})$/i;

/**
 * Definition lists and info boxes put a label and its value on separate lines
 * (`<dt>Credits</dt><dd>2</dd>`): the two read as one line ("Credits: 2"), or null when `text`
 * is not a label followed by a short value.
 */
export function labelWithValue(text: string, next: string | undefined): string | null {
  return next !== undefined && next.length < 120 && !/\d/.test(text) && LABEL_ONLY.test(text) ? `${text.replace(/:$/, '')}: ${next}` : null;
}

/**
 * A facts table written across, one header row of labels over one row of values ("Credit Hours |
 * Category | Expires" over "2.0 | A | 12/31/2027"): each label with its value. Not a
 * distribution table (its header names disciplines or subcategories, and it has rows of its own)
 * nor a table of many rows.
 */
export function headerOverRow(text: string, next: string | undefined, after: string | undefined): string[] {
  if (next === undefined || !text.includes('|') || /\d|discipline|subcategor|modalit|content/i.test(text)) return [];
  const labels = cells(text);
  const values = cells(next);
  if (labels.length !== values.length || (after !== undefined && cells(after).length === labels.length)) return [];
  return labels.map((label, i) => `${label}: ${values[i]}`);
}

const cells = (row: string) => row.split('|').map((c) => c.trim());

/** A grid header worth pairing with its rows: it names credits or the audiences they are for. */
const GRID_HEADER = /credit|ceu|hours|audience|profession|physician|technolog|\bRTs?\b|\bMDs?\b|\bARRT\b|\bAMA\b/i;

/**
 * A credit grid: a header row over several rows, the credits split by audience ("Audience |
 * Credit type | Credits" over "MD | AMA PRA Category 1 | 1.5" and "RT | ARRT Category A |
 * 1.25"; or "| Physicians | Technologists" over "Credits | 1.0 | 1.25"). For the row at `i`
 * under such a header: each cell with its column's header ("Credits: 1.25" beside "Audience:
 * RT") on one line, and the row's label with each column ("Credits (Technologists): 1.25"), so
 * the credit readers can tell whose credits each figure is. Distribution tables are left to
 * their own reader.
 */
export function gridUnderHeader(texts: readonly string[], i: number): string[] {
  const row = texts[i]!;
  if (!row.includes('|')) return [];
  const width = cells(row).length;
  const sameWidth = (t: string) => t.includes('|') && cells(t).length === width;
  // Up over the rows above this one (they hold figures, or name no credits) to the header.
  let h = i - 1;
  while (h >= 0 && i - h <= 12 && sameWidth(texts[h]!) && (/\d/.test(texts[h]!) || !GRID_HEADER.test(texts[h]!))) h--;
  const header = texts[h];
  if (header === undefined || !sameWidth(header) || !GRID_HEADER.test(header) || /\d|discipline|subcategor|modalit|content/i.test(header)) return [];
  const labels = cells(header);
  const values = cells(row);
  const label = values[0]!;
  const out = [labels.map((l, j) => (l ? `${l}: ${values[j]}` : values[j])).join(' | ')];
  if (label && !/\d/.test(label)) for (let j = 1; j < width; j++) if (labels[j]) out.push(`${label} (${labels[j]}): ${values[j]}`);
  return out;
}
