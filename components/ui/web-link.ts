/**
 * A course's address as a link target, or null: only http(s) pages are links. A backup may carry
 * any string (`javascript:`, `data:`); the extension's CSP would block running it, but it must
 * never be offered as a link at all.
 */
export function webLink(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
