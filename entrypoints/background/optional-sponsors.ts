import { browser } from 'wxt/browser';
import { OPTIONAL_SCRIPT_ID, OPTIONAL_SPONSOR_MATCHES } from '../../lib/sponsor-hosts';

/**
 * The detector on the optional sponsor sites the user has granted, registered at run time (a
 * manifest content script would need every user's permission at update time). Registered
 * scripts persist across sessions; this brings them in line with the granted permissions.
 */
export async function syncOptionalSponsors(): Promise<void> {
  if (!browser.scripting?.registerContentScripts) return;
  try {
    const granted: string[] = [];
    for (const pattern of OPTIONAL_SPONSOR_MATCHES) if (await browser.permissions.contains({ origins: [pattern] })) granted.push(pattern);
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [OPTIONAL_SCRIPT_ID] });
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [OPTIONAL_SCRIPT_ID] });
    if (granted.length) await browser.scripting.registerContentScripts([{ id: OPTIONAL_SCRIPT_ID, matches: granted, js: ['/detector.js'], runAt: 'document_start' }]);
  } catch {
    // A browser without dynamic content scripts: the user can still "Check this page".
  }
}
