import { browser, type Browser } from 'wxt/browser';
import { allowedSender, Message, type ReplyOf } from '../../lib/messages';
import { bestFits, evaluate, summarize, SUMMARY_KEY } from '../../lib/rules';
import { openStore, type Store } from '../../lib/store';
import { localToday } from '../../lib/units/dates';
import { checkCourses } from './check';
import { NEXT_REMINDER_ALARM, REMINDER_ALARM, runReminders } from './reminders';
import { saveCourse } from './save';
import { forgetTab, loadTabState, saveTabState } from './tab-state';
import { toolbarBadge } from './toolbar';

/**
 * The worker: validates every message, answers from IndexedDB, keeps the toolbar badge and
 * reminders. It holds no state of its own (MV3 may stop it at any time): everything is read
 * from the store or storage.session on each event. Listeners are registered synchronously.
 */
export default defineBackground(() => {
  // Firefox builds are MV2, where the toolbar button is `browserAction`.
  const action = browser.action ?? browser.browserAction;
  let storePromise: Promise<Store> | null = null;
  const store = () => (storePromise ??= openStore().catch((e: unknown) => {
    storePromise = null;
    throw e;
  }));

  async function refresh(): Promise<void> {
    const s = await store();
    const input = await s.loadRulesInput();
    const evaluation = evaluate(input, localToday());
    // The popup paints from this at once, then checks it against the full data.
    await browser.storage.local.set({ [SUMMARY_KEY]: summarize(input, evaluation) });
    const { text, title } = toolbarBadge(evaluation);
    await action.setBadgeBackgroundColor({ color: '#1d4ed8' });
    await action.setBadgeText({ text });
    await action.setTitle({ title });
    await runReminders(s, localToday());
  }

  async function handle(message: Message, sender: Browser.runtime.MessageSender): Promise<unknown> {
    switch (message.type) {
      case 'check-courses': {
        const tabId = sender.tab?.id;
        // The badge script loads while the reply is computed; it waits for the detector's findings.
        // No courses (the page moved on), or a badge script already there: only the tab's state changes.
        if (tabId !== undefined && message.courses.length && !message.badgeLoaded) void injectBadge(tabId, sender.frameId ?? 0);
        const reply = checkCourses(await (await store()).loadRulesInput(), message.courses, localToday());
        if (tabId !== undefined) {
          // The page waits for the reply; the popup's copy and the toolbar mark can follow it.
          void Promise.all([
            saveTabState(tabId, { url: message.url, courses: message.courses, check: reply, frameId: sender.frameId ?? 0 }),
            // A mark on the tab's toolbar button: this page has a CE course.
            action.setBadgeText({ tabId, text: message.courses.length ? '✓' : '' }),
          ]).catch(() => undefined);
        }
        return reply satisfies ReplyOf<'check-courses'>;
      }
      case 'save-course': {
        const reply = await saveCourse(await store(), message, localToday());
        if (reply.ok) void refresh();
        return reply satisfies ReplyOf<'save-course'>;
      }
      case 'tab-courses':
        return (await loadTabState(message.tabId)) satisfies ReplyOf<'tab-courses'>;
      case 'listing-chip':
        return (await listingChip(sender.tab?.id, message.index)) satisfies ReplyOf<'listing-chip'>;
      case 'check-active-tab':
        return (await checkActiveTab()) satisfies ReplyOf<'check-active-tab'>;
      case 'data-changed':
        await refresh();
        return { ok: true } satisfies ReplyOf<'data-changed'>;
    }
  }

  /** A chip frame's listing, from its own tab's last check; null if the tab moved on. */
  async function listingChip(tabId: number | undefined, index: number): Promise<ReplyOf<'listing-chip'>> {
    const state = tabId === undefined ? null : await loadTabState(tabId);
    const check = state?.check.results[index];
    if (tabId === undefined || !state || !check) return null;
    const best = bestFits(state.check.results.map((r) => r.coverage));
    return { check, setUp: state.check.setUp, bestFit: best.has(index), tabId, frameId: state.frameId ?? 0 };
  }

  /** "Check this page" on a site we do not run on: activeTab grants this one tab, this once. */
  async function checkActiveTab(): Promise<ReplyOf<'check-active-tab'>> {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return { ok: false, error: 'No page to check.' };
    try {
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/detector.js'] });
      return { ok: true };
    } catch {
      return { ok: false, error: 'This page cannot be checked (browser pages and the web store are off limits).' };
    }
  }

  /** The badge script goes only into the frame whose detector found courses. */
  async function injectBadge(tabId: number, frameId: number): Promise<void> {
    try {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/badge.js'] });
    } catch {
      // The tab navigated away or the page is off limits: there is nothing to show on it.
    }
  }

  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const parsed = Message.safeParse(raw);
    if (!parsed.success || !allowedSender(parsed.data.type, sender, browser.runtime.id, browser.runtime.getURL('/'))) {
      return Promise.resolve({ ok: false, error: 'refused' });
    }
    return handle(parsed.data, sender);
  });

  browser.runtime.onInstalled.addListener(() => void refresh());
  browser.runtime.onStartup.addListener(() => void refresh());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM || alarm.name === NEXT_REMINDER_ALARM) void refresh();
  });
  browser.notifications.onClicked.addListener(() => void browser.runtime.openOptionsPage());
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // A periodic check catches deadlines reached while the browser was closed (fired on startup).
  void browser.alarms.get(REMINDER_ALARM).then(async (a) => {
    if (!a) await browser.alarms.create(REMINDER_ALARM, { periodInMinutes: 360 });
  });
});
