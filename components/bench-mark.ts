/**
 * Performance marks read by `npm run bench` (tests/bench/browser.spec.ts). Compiled into e2e
 * builds only: in a store build the page could read them and learn the extension is installed.
 */
export function benchMark(name: string): void {
  if (import.meta.env.MODE === 'e2e') performance.mark(`ce-companion:${name}`);
}
