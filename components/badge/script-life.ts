import { extensionRuntime } from '../../lib/messages/runtime';

/**
 * The life of one of our scripts in a page: an abort signal that ends when a newer copy of the
 * same script starts in this frame ("Check this page" injects the detector again). Nothing ends
 * it when the extension is reloaded under the script: the detector asks `extensionAlive` before
 * it looks again, and its messages fail quietly until then.
 *
 * WXT's content-script context is not used: it announces every start to the page (a DOM event
 * and a `postMessage` both named `<extension id>:<script>:wxt:content-script-started`), so any page
 * learned our ID, and it stopped on a forged copy of that event. Our scripts run as WXT unlisted
 * scripts and meet only in their own isolated world, under a symbol key that page markup cannot
 * name (a form with `id="…"` clobbers string-named globals through the window's named properties).
 */
export function startScript(name: string): AbortSignal {
  const key = Symbol.for(`ce-companion.${name}`);
  const holder = globalThis as unknown as Record<symbol, unknown>;
  const earlier = holder[key];
  if (earlier instanceof AbortController) earlier.abort();
  const life = new AbortController();
  holder[key] = life;
  return life.signal;
}

/** False once the extension was reloaded or removed under this script: its messages would fail. */
export const extensionAlive = (): boolean => extensionRuntime()?.id != null;
