/** The panel frame's two fixed sizes and its distance from the viewport's edges (CSS px). */
export const PANEL_SIZE = { margin: 16, open: { width: 356, height: 320 }, bar: { width: 280, height: 46 } };
const { margin: M, open: OPEN, bar: BAR } = PANEL_SIZE;

/** A catalog chip's fixed size on the page (CSS px). */
const CHIP_WIDTH = 320;
const CHIP_HEIGHT = 24;

/**
 * The badge's own styles, inside its shadow root: the page's CSS cannot reach in and ours cannot
 * leak out. System fonts and colors follow the user's light or dark preference.
 */
export const BADGE_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.root { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111827; }
.panel { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; width: 340px; max-height: 70vh; overflow: auto;
  background: #fff; border: 1px solid #c7d2fe; border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 12px; }
.panel h2 { font-size: 14px; margin: 0 0 6px; }
.chip { display: inline-block; margin: 2px 0; padding: 1px 8px; border-radius: 999px; background: #e0e7ff; color: #1e3a8a;
  font: 600 12px/1.6 system-ui, sans-serif; max-width: 100%; border: 0; cursor: pointer;
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.cov { margin: 6px 0; padding-left: 18px; }
.muted { color: #4b5563; }
.warn { color: #92400e; }
.row { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; margin-top: 8px; }
button, input { font: inherit; }
button { border: 1px solid #1d4ed8; background: #1d4ed8; color: #fff; border-radius: 6px; padding: 4px 10px; cursor: pointer; }
button.secondary { background: #fff; color: #1d4ed8; }
button:focus-visible, input:focus-visible, summary:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
.status { margin-top: 6px; font-weight: 600; }
.error { color: #b91c1c; }
label { display: block; margin-top: 6px; }
@media (prefers-color-scheme: dark) {
  .root { color: #e5e7eb; }
  .panel { background: #111827; border-color: #374151; }
  .chip { background: #1e3a8a; color: #e0e7ff; }
  .muted { color: #9ca3af; }
  .warn { color: #fbbf24; }
  button.secondary { background: #111827; color: #93c5fd; }
}
`;

/** Inside the panel's frame: the panel fills the frame, which the badge script placed and sized. */
export const FRAME_CSS = `
html, body { margin: 0; height: 100%; background: transparent; overflow: hidden; }
#app { height: 100%; }
.panel { position: static; width: 100%; height: 100%; max-height: none; box-shadow: none; }
.panel > button { width: 100%; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
`;

/**
 * The frame's host on the page. Two fixed sizes, open and collapsed, whatever the panel says: a
 * page that measures the host learns nothing about the user's gaps.
 */
export const FRAME_HOST_CSS = `
:host { all: initial; }
iframe { position: fixed; right: ${M}px; bottom: ${M}px; z-index: 2147483647; border: 0; border-radius: 10px;
  width: min(${OPEN.width}px, calc(100vw - ${2 * M}px)); height: min(${OPEN.height}px, calc(100vh - ${2 * M}px));
  box-shadow: 0 6px 24px rgba(0,0,0,.18); color-scheme: light dark; background: transparent; }
iframe.collapsed { width: min(${BAR.width}px, calc(100vw - ${2 * M}px)); height: ${BAR.height}px; }
iframe.collapsed.top { bottom: auto; top: ${M}px; }
`;

/**
 * A catalog chip's host on the page: one fixed size whatever the chip says (a page that measures
 * it learns nothing about the user), the page-stated chip until the personal one in its frame has
 * painted over it. `content-visibility: auto`: a host far off screen costs no style, layout or
 * paint until it is scrolled near (200 hosts rendered at once were a 140 ms task), at the same
 * 24 px height either way. Not the first screenful (`data-shown`): a host that starts on screen
 * is laid out skipped, found on screen and laid out again in the same frame, and on a long grid
 * that second pass was a second layout and paint walk of the whole page (traced: +20–30 ms on
 * a 1,000-listing catalog).
 */
export const CHIP_HOST_CSS = `
:host { all: initial; display: block; content-visibility: auto; contain-intrinsic-size: auto ${CHIP_HEIGHT}px; }
:host([data-shown]) { content-visibility: visible; }
.slot { position: relative; display: block; width: ${CHIP_WIDTH}px; max-width: 100%; height: ${CHIP_HEIGHT}px; overflow: hidden; }
.slot > .root { display: block; }
iframe { position: absolute; inset: 0; width: 100%; height: 100%; border: 0; color-scheme: light dark; background: transparent; visibility: hidden; }
.slot.painted iframe { visibility: visible; }
.slot.painted > .root { visibility: hidden; }
.legend { display: block; width: ${CHIP_WIDTH}px; max-width: 100%; margin-top: 2px; padding: 2px 6px; border-radius: 6px;
  font: 11px/1.4 system-ui, sans-serif; background: #f3f4f6; color: #374151; }
@media (prefers-color-scheme: dark) { .legend { background: #1f2937; color: #e5e7eb; } }
`;

/**
 * Inside a chip's frame: one line, at the frame's top left, the tone saying what kind of news it is;
 * "Plan" at the far right, apart from the chip (a click anywhere else opens the panel).
 */
export const CHIP_FRAME_CSS = `
html, body { margin: 0; height: 100%; background: transparent; overflow: hidden; }
body { display: flex; gap: 4px; align-items: flex-start; }
.chip { margin: 0; font: 600 12px/${CHIP_HEIGHT - 4}px system-ui, sans-serif; min-width: 0; flex: 0 1 auto; }
.plan { flex: none; margin: 0 0 0 auto; padding: 0 8px; font: 600 12px/${CHIP_HEIGHT - 6}px system-ui, sans-serif; border-radius: 999px; }
button:focus-visible { outline-offset: -3px; }
.chip.best { background: #166534; color: #fff; }
.chip.done, .chip.none { background: #e5e7eb; color: #374151; }
.chip.planned { background: #fef3c7; color: #78350f; }
@media (prefers-color-scheme: dark) {
  .chip.best { background: #16a34a; color: #052e16; }
  .chip.done, .chip.none { background: #374151; color: #e5e7eb; }
  .chip.planned { background: #78350f; color: #fef3c7; }
}
`;
