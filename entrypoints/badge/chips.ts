import { browser } from 'wxt/browser';
import { BADGE_HOST } from '../../components/badge/handoff';
import { isChipEvent } from '../../components/badge/chip-event';
import { listingChip } from '../../components/badge/listing-chip';
import { BADGE_CSS, CHIP_HOST_CSS } from '../../components/badge/styles';
import type { ExtractedCourse } from '../../lib/extract/schema';
import { inFrames, runInSlices } from '../../lib/yield-to-page';

export interface Listing {
  /** The course's index among the tab's courses (the worker's and the panel's too). */
  index: number;
  element: Element;
  course: ExtractedCourse;
}

/** Hosts inserted in the first frame: a screenful of listings; later frames take what fits (lib/yield-to-page.ts `inFrames`). */
const FIRST_HOSTS = 8;

/** How far outside the viewport a listing gets its personal chip ahead of being scrolled to. */
const AHEAD = '400px 0px';

/**
 * A catalog's chips. Every listing gets a host of one fixed size at its end, first showing what the
 * page states ("CE · 1.5 credits · Category A": nothing personal, where the page's find-in-page can
 * reach). Once every host is in and the worker has checked the listings, listings in or near the
 * viewport, and later those scrolled to, also get a small frame of our extension page
 * (`/chip-frame.html`, entrypoints/chip-frame) that asks the worker for the listing's check and
 * paints what it means for the user over the page-stated chip: the page can neither search nor
 * measure it. Hosts go in a batch per frame, viewport first, so a 500-listing catalog never blocks
 * the page in one long task (script or rendering). Clicking either chip opens the panel (once the
 * worker has checked the listings: entrypoints/badge/mount.ts).
 */
export function mountChips(listings: readonly Listing[], checked: Promise<boolean>, open: (index: number) => void): () => void {
  let removed = false;
  const hosts: Element[] = [];
  const slots = new Map<number, HTMLElement>();
  const frameUrl = browser.runtime.getURL('/chip-frame.html');
  // Creating a frame costs the page's main thread ~5–15 ms (its browsing context, an
  // extension process to reach): a screenful at once was one task of 300 ms. One slice each.
  const waiting: Array<{ element: HTMLElement; index: number }> = [];
  let adding = false;
  function* addWaiting() {
    for (let next = waiting.shift(); next; next = waiting.shift()) {
      addFrame(next.element, `${frameUrl}#${next.index}`);
      yield;
    }
  }
  const near = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        near.unobserve(e.target);
        const slot = slotOf.get(e.target);
        if (slot) waiting.push(slot);
      }
      if (adding || !waiting.length) return;
      adding = true;
      void runInSlices(addWaiting(), () => removed).finally(() => (adding = false));
    },
    { rootMargin: AHEAD },
  );
  const slotOf = new WeakMap<Element, { element: HTMLElement; index: number }>();
  const onEvent = (message: unknown) => {
    if (!isChipEvent(message) || !slots.has(message.index)) return;
    if (message.event === 'open') open(message.index);
    else slots.get(message.index)?.classList.add('painted');
  };
  browser.runtime.onMessage.addListener(onEvent);

  let mounted = 0;
  const hostsIn = inFrames(
    viewportFirst(listings),
    FIRST_HOSTS,
    (listing) => {
      const shown = mounted++ < FIRST_HOSTS;
      const { host, slot } = mountHost(listing, () => open(listing.index), shown);
      hosts.push(host);
      if (listing === listings[0]) hosts.push(mountLegend(host, shown));
      slots.set(listing.index, slot);
      slotOf.set(host, { element: slot, index: listing.index });
    },
    () => removed,
  );
  // The personal chips' frames load in the extension's process, which competes with the page for
  // the CPU: they start once every host is in, so the frames that insert hosts stay short (and
  // should a listing fail to mount, those mounted still get theirs); and once the worker has
  // checked the listings, which is what they show.
  void Promise.all([hostsIn.catch(() => undefined), checked]).then(([, ok]) => {
    if (ok && !removed) hosts.filter((h) => h.getAttribute('data-kind') === 'listing').forEach((h) => near.observe(h));
  });
  return () => {
    removed = true;
    near.disconnect();
    browser.runtime.onMessage.removeListener(onEvent);
    hosts.forEach((h) => h.remove());
  };
}

/**
 * What the chips' signs mean, under the catalog's first chip. The same words on every catalog
 * and for every user (so it can live in the page, where find-in-page reaches): it says nothing
 * about what the chips say.
 */
const LEGEND = 'CE Companion chips: ★ best fit for your gaps · ≈ estimated from the title, counted only once you confirm it · Plan saves a course to your plan';

/** `shown`: in the first screenful, which is rendered at once (CHIP_HOST_CSS). */
function mountHost(listing: Listing, open: () => void, shown: boolean): { host: Element; slot: HTMLElement } {
  const host = document.createElement(BADGE_HOST);
  // Attributes rather than `dataset`: one object fewer per chip.
  host.setAttribute('data-kind', 'listing');
  if (shown) host.setAttribute('data-shown', '');
  const shadow = host.attachShadow({ mode: 'closed' });
  styleChip(shadow);
  const slot = document.createElement('span');
  slot.className = 'slot';
  slot.append(listingChip(document, listing.course, open));
  shadow.append(slot);
  listing.element.append(host);
  return { host, slot };
}

/**
 * The legend, under the first chip: a host of its own (the chips' hosts all keep one size), one of
 * our badge hosts for the detector (no change of the page), told apart by its kind; rendered at
 * once with its chip.
 */
function mountLegend(chipHost: Element, shown: boolean): Element {
  const host = document.createElement(BADGE_HOST);
  host.setAttribute('data-kind', 'legend');
  if (shown) host.setAttribute('data-shown', '');
  const shadow = host.attachShadow({ mode: 'closed' });
  styleChip(shadow);
  const legend = shadow.appendChild(document.createElement('small'));
  legend.className = 'legend';
  legend.textContent = LEGEND;
  chipHost.after(host);
  return host;
}

function addFrame(slot: HTMLElement, src: string): void {
  const frame = document.createElement('iframe');
  frame.title = 'CE Companion: what this course covers for you';
  frame.src = src;
  slot.append(frame);
}

/**
 * The listings from the first one on screen, then those above it: a reloaded page keeps its
 * scroll position. Listings follow the document, which is top to bottom on a catalog: a binary
 * search finds the first on screen with a handful of layout reads.
 */
function viewportFirst(listings: readonly Listing[]): Listing[] {
  let low = 0;
  let high = listings.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (listings[mid]!.element.getBoundingClientRect().bottom < 0) low = mid + 1;
    else high = mid;
  }
  return [...listings.slice(low), ...listings.slice(0, low)];
}

/** The chips' one stylesheet, parsed once (a `<style>` each cost ~4 ms per 200); null where a content script cannot adopt it. */
let chipSheet: CSSStyleSheet | null | undefined;

function styleChip(shadow: ShadowRoot): void {
  if (chipSheet === undefined) chipSheet = adoptedSheet(shadow);
  else if (chipSheet) shadow.adoptedStyleSheets = [chipSheet];
  if (chipSheet) return;
  const style = document.createElement('style');
  style.textContent = BADGE_CSS + CHIP_HOST_CSS;
  shadow.append(style);
}

/** A new sheet adopted by the first chip's shadow root, or null if the browser did not take it. */
function adoptedSheet(shadow: ShadowRoot): CSSStyleSheet | null {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(BADGE_CSS + CHIP_HOST_CSS);
    shadow.adoptedStyleSheets = [sheet];
    return shadow.adoptedStyleSheets.length === 1 ? sheet : null;
  } catch {
    return null;
  }
}
