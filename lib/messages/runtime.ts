/**
 * The extension's runtime as the scripts in a sponsor's page need it, without webextension-polyfill:
 * Firefox's `browser` and Chrome MV3's `chrome` both answer `runtime.sendMessage` with a promise,
 * and that call and `runtime.id` are all these scripts use. The polyfill alone would take about
 * 3 KB of the detector's 4 KB gzipped budget (tests/e2e/bundle-size.spec.ts).
 */
interface Runtime {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
}
type WithRuntime = { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };

export function extensionRuntime(): Runtime | undefined {
  const g = globalThis as WithRuntime;
  return g.browser?.runtime ?? g.chrome?.runtime;
}
