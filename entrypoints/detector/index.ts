import { BADGE_HOST, badgeListening, leaveForBadge } from '../../components/badge/handoff';
import { extensionAlive, startScript } from '../../components/badge/script-life';
import { benchMark } from '../../components/bench-mark';
import { pageReader, readerOffered, type PageReader } from '../../components/badge/page-reader';
import type { CourseBlock } from '../../lib/extract';
import { isLikelyCePage } from '../../lib/extract/likely-ce-page';
import { post } from '../../lib/messages/post';
import { ASKED_FLAG } from '../../lib/asked-flag';
import { within } from '../../lib/within';
import { nextFrame, runInSlices } from '../../lib/yield-to-page';
import { afterParsing } from './after-parsing';
import { lookWhileChanging, pageBudget } from './look-again';
import { onInAppNavigation } from './navigation';

/**
 * The detector. Runs on supported sponsor sites (declared in the manifest by wxt.config.ts) and,
 * when the user asks, on the page in front of them: recognizes CE courses, hands them to the badge
 * script and has the worker check what they would cover. It carries no UI and no reading: only on
 * a page that reads as CE does the worker inject the badge and reader scripts, so a page that is
 * not about CE pays for one cheap check and nothing more. It never touches storage. It looks again
 * while the page changes after load and after in-app navigations (single-page apps), and reports
 * whenever the courses shown change: new ones, other ones, or none any more. Nothing it does is
 * visible to the page until there is a badge to show.
 */
export default defineUnlistedScript(() => {
  // "Check this page" may inject us again into a page we already run on: the earlier copy stops.
  const life = startScript('detector');
  afterParsing(() => {
    if (!life.aborted) watchPage(life);
  });
});

/** Looks at the page now, and again while it changes, until `life` ends. */
function watchPage(life: AbortSignal): void {
  benchMark('start');
  let shown = '';
  let stopWatching = () => {};
  life.addEventListener('abort', () => stopWatching(), { once: true });
  // One report at a time, in order: the badge script shows the last one.
  let reporting = Promise.resolve();
  // Reports queued or waiting for the worker's check: the badge still gets each in turn.
  let reportsPending = 0;
  const sync = (found: CourseBlock[]) => {
    if (life.aborted) return;
    const key = found.map((b) => `${b.course.title}\u0000${b.course.url}`).join('\n');
    if (key === shown) return;
    shown = key;
    reportsPending++;
    reporting = reporting
      .then(() => report(found))
      .catch(() => undefined)
      .finally(() => reportsPending--);
  };
  // A look reads the page in slices, so a later look may start before an earlier one ends: only
  // the latest look's findings count.
  let looks = 0;
  const look = async () => {
    const mine = ++looks;
    const stopped = () => mine !== looks || life.aborted;
    let render: Promise<unknown> | null = null;
    // A look made while no course is shown (the first, or one after the page showed none) hands a
    // catalog's first listings to the badge script as soon as they are read: their page-stated
    // chips show while the rest is read (the worker checks them all after). Not while a report is
    // pending: the badge would get it after them, and lose them.
    // The reading then waits for the badge script to take them (injected before the reader, it is
    // listening) and for the frame that paints them: a page kept busy by our slices renders one
    // only when Chromium stops putting rendering off, ~100 ms later (npm run bench).
    const early = (blocks: CourseBlock[]) => {
      if (stopped() || shown || reportsPending || !onScreen(blocks)) return;
      shown = EARLY_SHOWN;
      benchMark('early');
      // A badge script already listening takes them in this call: whatever goes wrong there must not cost the reading.
      try {
        const taken = leaveForBadge({ blocks, checked: NOT_CHECKED });
        // A tab in the background paints no frame, and its timers are slowed to one a second: nothing to wait for.
        if (!document.hidden) render = within(taken, BADGE_WAIT_MS).then(() => nextFrame());
      } catch {
        // The full findings try again.
      }
    };
    const pause = () => {
      const wait = render;
      render = null;
      return wait;
    };
    const found = await find(stopped, pause, early);
    if (mine === 1) benchMark('detected');
    if (found && mine === looks) sync(found);
  };
  void look();
  // A look after the first, or an in-app navigation, stops the watching once the extension was
  // reloaded or removed under us. The first look never asks: on a page that is not about CE the
  // question would be its only use of the extension API, whose first use in a page costs ~0.5 ms
  // (profiled in npm run bench's non-CE page). Should the extension go during that look, its
  // messages fail and are caught (post rejects; loadReader and report handle it).
  const lookAgain = () => (extensionAlive() ? void look() : stopWatching());
  // One budget for the page's life: in-app navigations the page makes by itself spend it too.
  const budget = pageBudget();
  stopWatching = lookWhileChanging(BADGE_HOST, lookAgain, budget);
  onInAppNavigation(life, () => {
    stopWatching();
    if (extensionAlive()) stopWatching = lookWhileChanging(BADGE_HOST, lookAgain, budget, true);
  });
}

/**
 * Longest wait for the badge script to take the first listings. It is injected before the
 * reader, so it takes them at once; the bound keeps a badge script that never started (it threw)
 * from holding up the reading.
 */
const BADGE_WAIT_MS = 100;

/** What `shown` holds while the first listings shown are not yet the whole catalog: whatever a look finds next differs. */
const EARLY_SHOWN = '\u0000early';
/**
 * Early findings are never checked by the worker as such (the whole catalog is, once read): their
 * chips show what the page states and get no frame, and a click on one opens its panel on the
 * whole catalog's chips (entrypoints/badge/mount.ts).
 */
const NOT_CHECKED = new Promise<boolean>(() => {});

/** Whether some of these listings are on screen (a reloaded page keeps its scroll position: the first ones may be far above). */
function onScreen(blocks: readonly CourseBlock[]): boolean {
  const top = blocks[0]!.element.getBoundingClientRect().top;
  const bottom = blocks[blocks.length - 1]!.element.getBoundingClientRect().bottom;
  return top < innerHeight && bottom > 0;
}

/** Set by the worker just before it injects us for "Check this page" (see ASKED_FLAG): the user is looking at a course. */
const asked = (globalThis as Record<string, unknown>)[ASKED_FLAG] === true;

/**
 * The page's courses, read in slices that let the page run (a long catalog is hundreds of
 * milliseconds of work), and waiting whenever `pause` says (runInSlices); undefined when
 * `stopped` (a newer look started, or this script retired). None while the reader could not be
 * loaded: a later look asks again.
 */
async function find(stopped: () => boolean, pause: () => Promise<unknown> | null, early: (blocks: CourseBlock[]) => void): Promise<CourseBlock[] | undefined> {
  if (!asked && !isLikelyCePage(document)) return [];
  const read = await loadReader();
  if (stopped()) return undefined;
  if (!read) return [];
  return runInSlices(read(document, location.href, { asked, early }), stopped, pause);
}

let loading: Promise<PageReader | undefined> | null = null;

/**
 * Has the worker inject the badge and reader scripts, once, and resolves with the reading as soon
 * as the reader script runs (the worker's reply comes after: a round trip saved before the first
 * chips); undefined if they could not be injected (the worker restarting, the page navigating),
 * and the next look asks again (the page changing, or the user clicking, typing or scrolling):
 * until then the page is not read, so the worker holds no courses for it. The badge shows nothing
 * until it has courses; a page that mentions CE but offers no course loads them for nothing (one
 * message, ~24 KB of script, gzipped).
 */
function loadReader(): Promise<PageReader | undefined> {
  const read = pageReader();
  if (read && badgeListening()) return Promise.resolve(read);
  if (!loading) {
    const injected = post({ type: 'load-badge' }).then(
      (reply) => reply?.ok === true,
      () => false,
    );
    const mine = Promise.race([readerOffered(), injected.then((ok) => (ok ? pageReader() : undefined))]);
    loading = mine;
    void mine.then((read) => {
      if (!read && loading === mine) loading = null;
    });
  }
  return loading;
}

/**
 * Hands the courses found to the badge script and has the worker check them; the badge's frames
 * (panel, personal chips) read that check from the worker, never from the page. None: the page
 * has moved on, its badges go and the worker forgets its courses. Resolves once the worker has checked them.
 */
async function report(blocks: CourseBlock[]): Promise<void> {
  const checked = post({ type: 'check-courses', url: location.href, courses: blocks.map((b) => b.course) }).then(
    (reply) => reply?.ok === true,
    () => false,
  );
  void leaveForBadge(blocks.length ? { blocks, checked } : null);
  await checked;
}
