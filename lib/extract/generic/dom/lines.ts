import { cleanText } from '../../parse/clean';

/** One line of a page's text as a reader sees it, with the block it came from and the heading above it. */
export interface Line {
  text: string;
  element: Element;
  heading: string;
}

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FOOTER', 'FORM', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TR', 'UL',
]);
const CELLS = new Set(['TD', 'TH']);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'CAPTION', 'LEGEND']);

/** Hostile pages can be huge; past these we have read more than any course page holds. */
const MAX_CHARS = 300_000;
const MAX_NODES = 60_000;
const MAX_LINE = 2_000;

/**
 * The text of `root` split into lines at block boundaries, table cells joined with " | " so a
 * row reads as one line. Iterative (no recursion), so deeply nested pages cannot overflow the
 * stack, and bounded, so a huge page costs a bounded amount. Subtrees for which `skip` is true
 * are not read at all.
 */
export function readLines(root: Element, skip: (el: Element) => boolean): Line[] {
  const lines: Line[] = [];
  let buffer = '';
  let owner: Element = root;
  let heading = '';
  let chars = 0;
  let nodes = 0;
  const flush = () => {
    const text = cleanText(buffer).replace(/^\|\s*|\s*\|$/g, '').slice(0, MAX_LINE);
    if (text && text !== '|') {
      lines.push({ text, element: owner, heading });
      if (HEADINGS.has(owner.tagName)) heading = text;
    }
    buffer = '';
  };
  let node: Node | null = root.firstChild;
  while (node && node !== root && chars < MAX_CHARS && nodes++ < MAX_NODES) {
    let descend = false;
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      buffer += t;
      chars += t.length;
    } else if (node.nodeType === 1) {
      const el = node as Element;
      if (!skip(el)) {
        if (BLOCKS.has(el.tagName)) {
          flush();
          owner = el;
        } else if (CELLS.has(el.tagName)) buffer += ' | ';
        descend = true;
      }
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    // Climb until a next sibling exists, closing blocks on the way.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node.nodeType === 1 && BLOCKS.has((node as Element).tagName)) {
        flush();
        owner = node.parentElement ?? root;
      }
    }
    if (!node || node === root) break;
    if (node.nodeType === 1 && BLOCKS.has((node as Element).tagName)) {
      flush();
      owner = node.parentElement ?? root;
    }
    node = node.nextSibling;
  }
  flush();
  return lines;
}

/** An element's readable text on one line: no script or style content, whitespace collapsed. */
export function textOf(el: Element | null | undefined, skip: (el: Element) => boolean = () => false): string {
  return el ? readLines(el, skip).map((l) => l.text).join(' ').replace(/\s*\|\s*/g, ' ').replace(/\s+/g, ' ').trim() : '';
}
