/**
 * The panel frame tells the badge script that hosts it whether it is open or collapsed (the host
 * is resized to one of two fixed sizes, never to the content's size, which would tell the page
 * what the panel says). Sent with `tabs.sendMessage`: extension pages can, web pages cannot.
 */
export const PANEL_OPEN = 'ce-companion-panel-open';
export interface PanelOpen {
  type: typeof PANEL_OPEN;
  open: boolean;
}
export const isPanelOpen = (m: unknown): m is PanelOpen => (m as PanelOpen | null)?.type === PANEL_OPEN && typeof (m as PanelOpen).open === 'boolean';

/**
 * The panel frame's URL hash, set by the badge script: which of the tab's courses it shows (`#3`:
 * the page's, or a listing's) and whether it starts collapsed (`#3c`: a viewport too small for
 * the open panel, where it would cover the page's title). Nothing personal: the page cannot read it anyway.
 */
export const panelHash = (hash: string) => ({ index: Number.parseInt(hash.slice(1), 10), collapsed: hash.endsWith('c') });
export const toPanelHash = (index: number, collapsed: boolean) => `#${index}${collapsed ? 'c' : ''}`;
