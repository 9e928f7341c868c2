/** A line that is only a label: "CE Credits", "Reference ID:", as definition lists and info boxes write them. */
const LABEL_ONLY = /^(?:[A-Za-z][\w .'’()#/&+-]{0,40}:|[\w .'’()#/&+-]{0,25}\b(?:credits?|ceus?|hours|category|reference(?: id)?|approv\w*|expir\w*|end date|price|tuition|disciplines?|modalit(?:y|ies)|format)\b[\w .()]{0,15})$/i;

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
