import type { Message } from './schema';

/** What the worker knows about who sent a message (a subset of runtime.MessageSender). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/**
 * Who may send what. Only this extension's own content scripts (in a tab) may report and save
 * page courses; only its own pages (popup, options) may read a tab's results or trigger a check.
 * Web pages and other extensions are refused whatever they send.
 */
export function allowedSender(type: Message['type'], sender: SenderInfo, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId) return false;
  const fromPage = sender.url?.startsWith(extensionOrigin) === true;
  const fromContentScript = sender.tab?.id !== undefined && !fromPage;
  switch (type) {
    case 'check-courses':
    case 'load-badge':
      return fromContentScript;
    case 'save-course':
      return fromContentScript || fromPage;
    case 'undo-save':
    case 'remove-from-plan':
      // Our panel, a chip frame or the popup: only the user's own clicks in our pages take a save back.
      return fromPage;
    case 'listing-chip':
    case 'tell-badge':
      // A chip or panel frame: our page, framed in a tab.
      return fromPage && sender.tab?.id !== undefined;
    case 'tab-courses':
    case 'check-active-tab':
    case 'data-changed':
      return fromPage;
  }
}
