import { browser } from 'wxt/browser';
import { TabCoursesReply } from '../../lib/messages';
import type { z } from 'zod';

type TabState = NonNullable<z.infer<typeof TabCoursesReply>>;

/**
 * The last check of each tab, for the popup, the panel and each catalog chip. Kept in
 * storage.session so a worker stopped by the browser still knows it when woken; while the worker
 * lives, memory answers (a catalog's chips ask one by one: no read and parse of 500 courses each).
 */
const memory = new Map<number, TabState>();
const key = (tabId: number) => `tab:${tabId}`;

export async function saveTabState(tabId: number, state: TabState): Promise<void> {
  memory.set(tabId, state);
  await browser.storage.session?.set({ [key(tabId)]: state });
}

export async function loadTabState(tabId: number): Promise<TabState | null> {
  const known = memory.get(tabId);
  if (known) return known;
  const stored = (await browser.storage.session?.get(key(tabId)))?.[key(tabId)];
  const parsed = TabCoursesReply.safeParse(stored ?? null);
  if (!parsed.success || !parsed.data) return null;
  memory.set(tabId, parsed.data);
  return parsed.data;
}

export async function forgetTab(tabId: number): Promise<void> {
  memory.delete(tabId);
  await browser.storage.session?.remove(key(tabId));
}
