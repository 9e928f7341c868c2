/**
 * Performance marks read by `npm run bench` (tests/bench/browser.spec.ts). Compiled into e2e
 * builds only: in a store build the page could read them and learn the extension is installed.
 */
export function benchMark(name: string): void {
  if (import.meta.env.MODE !== 'e2e') return;
  // The first mark in a world pays for setting up the Performance API there: take that cost
  // before the first real mark, so figures measure our code rather than the instrument.
  if (!warm) performance.mark('ce-companion:warm-up');
  warm = true;
  performance.mark(`ce-companion:${name}`);
}

let warm = false;
