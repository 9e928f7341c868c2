import { withoutHash } from '../../lib/page-address';

/**
 * Calls `onMove` when the page moves to another URL without loading (a single-page app's
 * `pushState`, back and forward); a jump within the page (#credits) is the same page. The URL is
 * compared, never taken from the event, so a page dispatching fake navigation events changes
 * nothing. Navigation API where there is one (Chromium), a one-second poll elsewhere. Everything
 * ends with `signal`.
 */
export function onInAppNavigation(signal: AbortSignal, onMove: () => void): void {
  let last = withoutHash(location.href);
  const check = () => {
    const now = withoutHash(location.href);
    if (now === last) return;
    last = now;
    onMove();
  };
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation?.addEventListener) {
    navigation.addEventListener('currententrychange', check, { signal });
    return;
  }
  const poll = setInterval(check, 1000);
  signal.addEventListener('abort', () => clearInterval(poll), { once: true });
}
