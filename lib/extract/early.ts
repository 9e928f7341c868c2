import { EARLY, type PageContext } from './context';
import { pageReasons, sampleOf } from './evidence';
import { linesIn, type Line } from './generic/dom/lines';
import { listingsWithLines, type ListingItem } from './generic/listings';
import { againstCourse, listingCourses } from './listing-courses';
import type { Steps } from './steps';

/**
 * How many lines have been read when the first listings are looked for, and again if those held
 * too few: a screenful of listings is a few dozen lines, behind a site's header and menus.
 */
const FIRST_LOOKS = [150, 600];

/**
 * The page's lines, read in steps as `linesIn` reads them; meanwhile, at `FIRST_LOOKS`, the
 * listings among the lines read so far are found and the first that read as courses go to
 * `context.early`. A 1,000-listing catalog's text takes ~75 ms to read and group (traced): its
 * first chips need not wait for that. The look repeats the whole reading's steps on a few
 * hundred lines: a few milliseconds, in steps like the rest. Its listings are the whole
 * reading's first ones as long as the page reads the same as its first lines do (a course page
 * whose credit line comes after a grid of other courses does not): the whole reading's result
 * then replaces them, as any newer finding does.
 */
export function* linesWithEarly(context: PageContext, root: Element, h1: Element | null): Steps<Line[]> {
  const lines: Line[] = [];
  const reading = linesIn(root, lines);
  // Nobody asked for the first listings early: nothing to look for.
  let looks = context.early ? 0 : FIRST_LOOKS.length;
  for (let step = reading.next(); !step.done; step = reading.next()) {
    if (looks < FIRST_LOOKS.length && lines.length >= FIRST_LOOKS[looks]!) {
      looks++;
      try {
        if (yield* lookEarly(context, root, lines, h1)) looks = FIRST_LOOKS.length;
      } catch {
        // The first listings only go early: the whole reading must not be lost with them.
        looks = FIRST_LOOKS.length;
      }
    }
    yield;
  }
  return lines;
}

/** Hands the first listings among `lines` to `context.early`; false if none went (too few, a course page's, links elsewhere). */
function* lookEarly(context: PageContext, root: Element, lines: readonly Line[], h1: Element | null): Steps<boolean> {
  const found = yield* listingsWithLines(root, lines, h1, true);
  if (!found || found.single) return false;
  // The evidence is read from these listings' lines, the start of the whole reading's sample, but not cached as that.
  const against = (items: readonly ListingItem[]) => againstCourse(pageReasons(context.doc, context.page, context.hints, sampleOf(items.flatMap((i) => i.lines))));
  const courses = yield* listingCourses(context, found.items, against, null, EARLY);
  return courses !== null && courses.length === EARLY;
}
