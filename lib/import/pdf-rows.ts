/**
 * A PDF page's text as rows a reader can use. pdf.js gives positioned runs of text (`getTextContent`
 * items: `transform[4]`, `transform[5]` are x and y from the bottom left); a certificate's layout is
 * in their positions: runs on one baseline are a row, a wide gap between runs is a column or a table
 * cell (joined with " | ", as `lib/extract` reads table rows), no gap is one word split by a
 * ligature ("Certi" + "fi" + "cate"). The shape is structurally pdf.js's TextItem, so its items
 * come in as they are, without pdf.js itself here.
 */
export interface PositionedText {
  str: string;
  transform: readonly number[];
  width: number;
  height: number;
}

/** The most text one certificate page is read for; a page past it is not a certificate. */
const MAX_ITEMS = 5_000;

export function pageRows(items: readonly PositionedText[]): string[] {
  const runs = items
    .slice(0, MAX_ITEMS)
    .filter((i) => i.str.trim() && Number.isFinite(i.transform[4]) && Number.isFinite(i.transform[5]))
    .map((i) => ({ text: i.str.replace(/\s+/g, ' '), x: i.transform[4]!, y: i.transform[5]!, w: i.width, h: Math.max(i.height, 1) }))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Array<typeof runs> = [];
  for (const run of runs) {
    const row = rows[rows.length - 1];
    // One baseline, give or take a third of the text's height (superscripts, mixed fonts).
    if (row && Math.abs(row[0]!.y - run.y) <= Math.min(row[0]!.h, run.h) / 3) row.push(run);
    else rows.push([run]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    let line = row[0]!.text.trim();
    for (let i = 1; i < row.length; i++) {
      const prev = row[i - 1]!;
      const run = row[i]!;
      const gap = run.x - (prev.x + prev.w);
      const text = run.text.trim();
      line += gap > 1.2 * Math.max(prev.h, run.h) ? ` | ${text}` : gap > 0.15 * run.h || /\s$/.test(prev.text) || /^\s/.test(run.text) ? ` ${text}` : text;
    }
    return line;
  });
}
