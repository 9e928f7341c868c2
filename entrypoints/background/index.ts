import { browser, type Browser } from 'wxt/browser';
import { allowedSender, Message, type ReplyOf, type TellBadge } from '../../lib/messages';
import { bestFits, evaluate, summarize, SUMMARY_KEY } from '../../lib/rules';
import { openStore, type Store } from '../../lib/store';
import { localToday } from '../../lib/units/dates';
import { checkCourses } from './check';
import { NEXT_REMINDER_ALARM, REMINDER_ALARM, runReminders } from './reminders';
import { saveCourse } from './save';
import { forgetTab, loadTabState, saveTabState } from './tab-state';
import { tabMark, toolbarBadge } from './toolbar';
import { removeFromPlan, undoSave } from './undo';
import { syncOptionalSponsors } from './optional-sponsors';
import { ASKED_FLAG } from '../../lib/asked-flag';
import { withoutHash } from '../../lib/page-address';
import { within } from '../../lib/within';

/**
 * The worker: validates every message, answers from IndexedDB, keeps the toolbar badge and
 * reminders. It holds nothing it cannot lose (MV3 may stop it at any time): everything is read
 * from the store or storage.session on each event; memory holds only the checks in progress and a
 * copy of each tab's state. Listeners are registered synchronously.
 */
type TabState = NonNullable<ReplyOf<'tab-courses'>>;

/** The longest a tab's frames wait for the check in progress before reading the tab's last state. */
const CHECK_WAIT_MS = 3000;

const GONE = { ok: false, error: 'This course is no longer on the page. Reload the page and try again.' } as const;

export default defineBackground(() => {
  // Firefox builds are MV2, where the toolbar button is `browserAction`.
  const action = browser.action ?? browser.browserAction;
  let storePromise: Promise<Store> | null = null;
  // A connection closed under us (database deleted, cleared or upgraded elsewhere) is replaced on next use.
  const store = () => (storePromise ??= openStore(undefined, () => (storePromise = null)).catch((e: unknown) => {
    storePromise = null;
    throw e;
  }));

  async function refresh(): Promise<void> {
    const s = await store();
    const input = await s.loadRulesInput();
    const evaluation = evaluate(input, localToday());
    // The popup paints from this at once, then checks it against the full data.
    await browser.storage.local.set({ [SUMMARY_KEY]: summarize(input, evaluation) });
    const { text, title, color } = toolbarBadge(evaluation);
    await action.setBadgeBackgroundColor({ color });
    await action.setBadgeText({ text });
    await action.setTitle({ title });
    await runReminders(s, localToday());
  }

  /** Each tab's check in progress (the check a tab's detector asked for): its state is saved once it is done. */
  const checks = new Map<number, Promise<unknown>>();

  /**
   * A tab's state for its frames and the popup, once the check in progress for it (if any) is
   * done: the frames the badge script adds as the courses are found read this page's check, never
   * the last page's. A check that hangs (a store that cannot open) holds them up to `CHECK_WAIT_MS`;
   * then they show the last state (a panel that asked then says to reload the page).
   */
  async function tabState(tabId: number): Promise<TabState | null> {
    const checking = checks.get(tabId);
    if (checking) await within(checking, CHECK_WAIT_MS);
    return loadTabState(tabId);
  }

  /** What a tab's courses would do for the user, saved as the tab's state; the toolbar mark follows. */
  async function checkTab(tabId: number, message: Extract<Message, { type: 'check-courses' }>, frameId: number): Promise<void> {
    const check = checkCourses(await (await store()).loadRulesInput(), message.courses, localToday());
    void markTab(tabId, message.courses, check).catch(() => undefined);
    // Kept in memory first: a full storage.session loses the copy a restarted worker would read, not the check.
    await saveTabState(tabId, { url: message.url, courses: message.courses, check, frameId }).catch(() => undefined);
  }

  async function handle(message: Message, sender: Browser.runtime.MessageSender): Promise<unknown> {
    switch (message.type) {
      case 'check-courses': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return { ok: false } satisfies ReplyOf<'check-courses'>;
        const checking = checkTab(tabId, message, sender.frameId ?? 0);
        checks.set(tabId, checking);
        try {
          await checking;
          return { ok: true } satisfies ReplyOf<'check-courses'>;
        } finally {
          if (checks.get(tabId) === checking) checks.delete(tabId);
        }
      }
      case 'load-badge': {
        const tabId = sender.tab?.id;
        return { ok: tabId !== undefined && (await injectBadge(tabId, sender.frameId ?? 0)) } satisfies ReplyOf<'load-badge'>;
      }
      case 'save-course': {
        const found = await courseOnTab(message.tabId ?? sender.tab?.id, message.fingerprint);
        if (!found) return GONE satisfies ReplyOf<'save-course'>;
        const { tabId, tab, course } = found;
        const s = await store();
        const reply = await saveCourse(s, course, message, localToday());
        if (reply.ok) await afterChange(s, tabId, tab, { fingerprint: message.fingerprint, courseId: reply.courseId, status: reply.status });
        return reply satisfies ReplyOf<'save-course'>;
      }
      case 'undo-save':
      case 'remove-from-plan': {
        // The same check as a save: the course is on the tab's page now.
        const found = await courseOnTab(message.tabId ?? sender.tab?.id, message.fingerprint);
        if (!found) return GONE satisfies ReplyOf<'undo-save'>;
        const { tabId, tab } = found;
        const s = await store();
        const reply = message.type === 'undo-save' ? await undoSave(s, message) : await removeFromPlan(s, message);
        if (reply.ok) await afterChange(s, tabId, tab, null);
        return reply satisfies ReplyOf<'undo-save'>;
      }
      case 'tab-courses': {
        const tabId = message.tabId ?? sender.tab?.id;
        return (tabId === undefined ? null : await currentTabState(tabId)) satisfies ReplyOf<'tab-courses'>;
      }
      case 'listing-chip':
        return (await listingChip(sender.tab?.id, message.index)) satisfies ReplyOf<'listing-chip'>;
      case 'tell-badge':
        return { ok: await tellBadge(sender.tab?.id, message.event) } satisfies ReplyOf<'tell-badge'>;
      case 'check-active-tab':
        return (await checkActiveTab()) satisfies ReplyOf<'check-active-tab'>;
      case 'data-changed':
        await refresh();
        return { ok: true } satisfies ReplyOf<'data-changed'>;
    }
  }

  /**
   * After a save, an undo or a removal from the plan on a tab: its state (panel, chips, the popup's
   * "On this page" and the save it can undo) and its toolbar mark reflect it at once.
   */
  async function afterChange(s: Store, tabId: number, tab: TabState, lastSave: TabState['lastSave']): Promise<void> {
    const check = checkCourses(await s.loadRulesInput(), tab.courses, localToday());
    await Promise.all([saveTabState(tabId, { ...tab, check, lastSave }), markTab(tabId, tab.courses, check)]).catch(() => undefined);
    void refresh();
  }

  async function markTab(tabId: number, courses: TabState['courses'], check: TabState['check']): Promise<void> {
    const mark = tabMark(courses, check.results);
    await action.setBadgeText({ tabId, text: mark.text });
    if (mark.text) await action.setBadgeBackgroundColor({ tabId, color: mark.color });
  }

  /**
   * The tab a save, undo or removal is about and the course on it, named by the fingerprint the
   * tab's check gave (a listing found by its address carries its saved record's); null when the
   * page moved on.
   */
  async function courseOnTab(tabId: number | undefined, fingerprint: string) {
    const tab = tabId === undefined ? null : await tabState(tabId);
    const index = tab ? tab.check.results.findIndex((r) => r.fingerprint === fingerprint) : -1;
    return tabId === undefined || !tab || index < 0 ? null : { tabId, tab, course: tab.courses[index]! };
  }

  /** A chip frame's listing, from its own tab's last check; null if the tab moved on. */
  async function listingChip(tabId: number | undefined, index: number): Promise<ReplyOf<'listing-chip'>> {
    const state = tabId === undefined ? null : await tabState(tabId);
    const check = state?.check.results[index];
    if (tabId === undefined || !state || !check) return null;
    const best = bestFits(state.check.results.map((r) => r.coverage));
    return { check, setUp: state.check.setUp, bestFit: best.has(index) };
  }

  /** A frame's word for the badge script, to the sender's own tab, in the frame whose detector found its courses. */
  async function tellBadge(tabId: number | undefined, event: TellBadge['event']): Promise<boolean> {
    const state = tabId === undefined ? null : await loadTabState(tabId);
    if (tabId === undefined || !state) return false;
    return browser.tabs.sendMessage(tabId, event, { frameId: state.frameId ?? 0 }).then(
      () => true,
      () => false,
    );
  }

  /**
   * A tab's last findings, if they are still about the page it shows: a tab that moved to a site
   * the detector does not run on never reported "nothing", so its address is compared. The tab's
   * address is visible to us only on our sites (or a page the user asked to check): none, stale.
   */
  async function currentTabState(tabId: number): Promise<ReplyOf<'tab-courses'>> {
    const [state, tab] = await Promise.all([tabState(tabId), browser.tabs.get(tabId).catch(() => null)]);
    return state && tab?.url && withoutHash(tab.url) === withoutHash(state.url) ? state : null;
  }

  /** "Check this page" on a site we do not run on: activeTab grants this one tab, this once. */
  async function checkActiveTab(): Promise<ReplyOf<'check-active-tab'>> {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return { ok: false, error: 'No page to check.' };
    try {
      // The detector reads this flag: the user asked, so less evidence is enough.
      await browser.scripting.executeScript({ target: { tabId: tab.id }, func: (flag: string) => void ((globalThis as Record<string, unknown>)[flag] = true), args: [ASKED_FLAG] });
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/detector.js'] });
      return { ok: true };
    } catch {
      return { ok: false, error: 'This page cannot be checked (browser pages and the web store are off limits).' };
    }
  }

  /**
   * The badge and reader scripts go only into the frame whose detector asked for them; false when
   * they could not. The badge first: the detector reads as soon as the reader runs, and its first
   * listings go to a badge already listening. At once (`injectImmediately`): by default they would
   * wait for the page to go idle, and the detector asks as soon as the page is parsed.
   */
  async function injectBadge(tabId: number, frameId: number): Promise<boolean> {
    try {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/badge.js', '/reader.js'], injectImmediately: true });
      return true;
    } catch {
      // The tab navigated away or the page is off limits: there is nothing to show on it.
      return false;
    }
  }

  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const parsed = Message.safeParse(raw);
    if (!parsed.success || !allowedSender(parsed.data.type, sender, browser.runtime.id, browser.runtime.getURL('/'))) {
      return Promise.resolve({ ok: false, error: 'refused' });
    }
    return handle(parsed.data, sender);
  });

  // Sponsor sites the user allowed from the popup ("Always check <site>"): the detector runs there too.
  browser.permissions.onAdded.addListener(() => void syncOptionalSponsors());
  browser.permissions.onRemoved.addListener(() => void syncOptionalSponsors());
  browser.runtime.onInstalled.addListener(() => {
    void refresh().then(syncOptionalSponsors);
    // Firefox's test driver cannot open moz-extension:// pages itself (WebDriver BiDi refuses), but it
    // can script a tab the extension opened: e2e builds for Firefox open their options page on install.
    if (import.meta.env.MODE === 'e2e' && import.meta.env.FIREFOX) void browser.tabs.create({ url: browser.runtime.getURL('/options.html') });
  });
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
