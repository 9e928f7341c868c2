import type { CourseBlock } from './blocks';
import type { Reason } from './evidence';
import type { Line } from './generic/dom/lines';
import type { StructuredHints } from './generic/structured';
import type { SiteFormat } from './platforms';

/** What every reader of one page needs to know about it. */
export interface PageContext {
  doc: Document;
  page: URL;
  site: SiteFormat | null;
  hints: StructuredHints;
  sponsor: string;
  threshold: number;
  /** Page-wide evidence (evidence.ts), weighed with each block's own: asked for once a block reads as a course, with lines of the page's text. */
  reasons: (lines: readonly Line[]) => Reason[];
  /** Takes a catalog's first listings read as courses while the rest are read, the first time only (none: nobody wants them). */
  early?: (blocks: CourseBlock[]) => void;
}

/** How many listings `early` gets: a screenful. */
export const EARLY = 8;
