import { PANEL_OPEN } from '../../lib/messages/badge-events';
import type { PanelOpen } from '../../lib/messages/schema';

/** The panel frame's "opened"/"collapsed", as the worker relays it to the badge script (lib/messages/badge-events.ts). */
export const isPanelOpen = (m: unknown): m is PanelOpen => (m as PanelOpen | null)?.type === PANEL_OPEN && typeof (m as PanelOpen).open === 'boolean';

/**
 * The panel frame's URL hash, set by the badge script: which of the tab's courses it shows (`#3`:
 * the page's, or a listing's) and whether it starts collapsed (`#3c`: a viewport too small for
 * the open panel, where it would cover the page's title). Nothing personal: the page cannot read it anyway.
 */
export const panelHash = (hash: string) => ({ index: Number.parseInt(hash.slice(1), 10), collapsed: hash.endsWith('c') });
export const toPanelHash = (index: number, collapsed: boolean) => `#${index}${collapsed ? 'c' : ''}`;
