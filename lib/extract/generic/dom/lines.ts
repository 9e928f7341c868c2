import { cleanText } from '../../parse/clean';
import { toEnd, type Steps } from '../../steps';
import { isChrome } from './scope';

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
/** `Node.TEXT_NODE`, `Node.ELEMENT_NODE` (no DOM globals here: lib/ runs under Node in tests). */
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Hostile pages can be huge; past these we have read more than any course page holds. */
const MAX_CHARS = 300_000;
const MAX_NODES = 60_000;
const MAX_LINE = 2_000;

/**
 * The text of `root` split into lines at block boundaries, table cells joined with " | " so a
 * row reads as one line. Subtrees that are site chrome or noise (`isChrome`) are not read.
 * Iterative (no recursion), so deeply nested pages cannot overflow the stack, and bounded, so a
 * huge page costs a bounded amount. In a content script every DOM call and every node touched
 * costs (each node gets a wrapper in the script's own world), so each element's tag is read
 * once, the path is kept on a stack rather than climbed, and an element without child
 * elements gives its text in one `textContent` call instead of a visit to each text node.
 * Two elements side by side with no text between them (`<span>CQR</span><span>2 CE</span>`,
 * as minified shop templates write badges) are read with a space between them.
 */
export function readLines(root: Element): Line[] {
  return toEnd(linesIn(root));
}

/** Nodes read between pauses: a few milliseconds' work. */
const NODES_PER_STEP = 512;

/**
 * `readLines` in steps (lib/extract/steps.ts): a catalog's whole text is tens of thousands of
 * nodes. The lines go into `lines` as they are read, for a reader that looks at the first ones
 * before the rest are in (lib/extract/early.ts).
 */
export function* linesIn(root: Element, lines: Line[] = []): Steps<Line[]> {
  let buffer = '';
  let owner: Element = root;
  const rootTag = root.tagName;
  let ownerTag = rootTag;
  let heading = '';
  let chars = 0;
  let nodes = 0;
  /** Whether the last node read at this level was an element. */
  let afterElement = false;
  /** The elements entered on the way down from `root`, and their tags. */
  const path: Element[] = [];
  const pathTags: string[] = [];
  const flush = () => {
    // Whitespace between blocks is most of what gets here: nothing to clean.
    if (buffer.trim() === '') {
      buffer = '';
      return;
    }
    // A row's cells were joined with " | ": drop the separators at its ends.
    let text = cleanText(buffer);
    if (text.startsWith('|')) text = text.slice(1).trimStart();
    if (text.endsWith('|')) text = text.slice(0, -1).trimEnd();
    text = text.slice(0, MAX_LINE);
    if (text) {
      lines.push({ text, element: owner, heading });
      if (HEADINGS.has(ownerTag)) heading = text;
    }
    buffer = '';
  };
  const close = () => {
    flush();
    // Back in the enclosing element (a heading too: `<h2>Title<br>Subtitle</h2>`).
    owner = path[path.length - 1] ?? root;
    ownerTag = pathTags[pathTags.length - 1] ?? rootTag;
  };
  let node: Node | null = root.firstChild;
  while (chars < MAX_CHARS && nodes++ < MAX_NODES) {
    if (nodes % NODES_PER_STEP === 0) yield;
    if (node === null) {
      const done = path.pop();
      if (done === undefined) break;
      if (BLOCKS.has(pathTags.pop()!)) close();
      node = done.nextSibling;
      afterElement = true;
      continue;
    }
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      const t = node.nodeValue ?? '';
      buffer += t;
      chars += t.length;
      afterElement = false;
    } else if (type === ELEMENT_NODE) {
      const el = node as Element;
      const tag = el.tagName;
      if (afterElement) buffer += ' ';
      afterElement = true;
      if (!isChrome(el, tag)) {
        const block = BLOCKS.has(tag);
        if (block) {
          flush();
          owner = el;
          ownerTag = tag;
        } else if (CELLS.has(tag)) buffer += ' | ';
        if (el.childElementCount === 0) {
          const t = el.textContent ?? '';
          buffer += t;
          chars += t.length;
          if (block) close();
        } else {
          path.push(el);
          pathTags.push(tag);
          node = el.firstChild;
          afterElement = false;
          continue;
        }
      }
    }
    node = node.nextSibling;
  }
  flush();
  return lines;
}

/** An element's readable text on one line: no script or style content, whitespace collapsed. */
export function textOf(el: Element | null | undefined): string {
  return el ? readLines(el).map((l) => l.text).join(' ').replace(/\s*\|\s*/g, ' ').replace(/\s+/g, ' ').trim() : '';
}
