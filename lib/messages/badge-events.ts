/**
 * What the extension's frames on a sponsor's page (the course panel, the catalog chips) tell the
 * badge script that hosts them: the panel opened or collapsed (the host takes one of two fixed
 * sizes, never the content's, which would tell the page what the panel says); a chip painted (its
 * page-stated fallback can go) or clicked (the panel opens). Nothing personal is in them.
 *
 * The frames cannot reach the badge script themselves: a web page's frame may only postMessage,
 * which the page hears, and Firefox gives a web-accessible extension frame no `tabs` API. So the
 * worker relays them to the sender's own tab and the frame the badge lives in, with
 * `tabs.sendMessage`, which no web page can send. The names are plain constants (no zod) because
 * the badge script, a page script, reads them; their schema is in schema.ts.
 */
export const PANEL_OPEN = 'ce-companion-panel-open';
export const CHIP_EVENT = 'ce-companion-chip';
