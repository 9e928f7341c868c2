import { PANEL_OPEN } from '../../lib/messages/badge-events';
import type { PanelOpen } from '../../lib/messages/schema';

/** The panel frame's "opened"/"collapsed", as the worker relays it to the badge script (lib/messages/badge-events.ts). */
export const isPanelOpen = (m: unknown): m is PanelOpen => (m as PanelOpen | null)?.type === PANEL_OPEN && typeof (m as PanelOpen).open === 'boolean';
