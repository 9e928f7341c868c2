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
