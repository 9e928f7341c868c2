import { expect, test, waitForBadges, workerHeapMb } from './fixtures';
import { BadgeProbe } from './shadow';

type Chrome = { runtime: { sendMessage(m: unknown): Promise<unknown> }; tabs: { query(q: object): Promise<Array<{ id: number; url?: string }>> } };

test('"On this page" is never a previous page\'s course: after the tab moves to a site the detector does not run on, the worker answers nothing (issue #18, 11)', async ({ extensionPage, sponsorPage, server }) => {
  const { page, probe } = await sponsorPage('course-ct-safety.html');
  await waitForBadges(probe, 1);
  const options = await extensionPage('options.html');
  const ask = () =>
    options.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: Chrome };
      const tab = (await chrome.tabs.query({})).find((t) => t.url?.includes('course-ct-safety'));
      (globalThis as unknown as { tabId: number }).tabId ??= tab!.id;
      const reply = (await chrome.runtime.sendMessage({ type: 'tab-courses', tabId: (globalThis as unknown as { tabId: number }).tabId })) as { courses: Array<{ title: string }> } | null;
      return reply?.courses[0]?.title ?? null;
    });
  // Control: while the tab shows the course, the worker answers with it.
  expect(await ask()).toBe('Pediatric CT Dose Optimization');
  // localhost is not 127.0.0.1: the same page at an address the detector does not run on.
  await page.goto(server.origin.replace('127.0.0.1', 'localhost') + '/news.html');
  expect(await ask()).toBeNull();
});

test('20 tabs each reporting a 200-listing catalog at once: every tab answered, nothing lost, worker heap < 10 MB (issue #18, 14)', async ({ context, server, extensionPage }) => {
  test.setTimeout(300_000);
  const pages = await Promise.all(Array.from({ length: 20 }, () => context.newPage()));
  await Promise.all(pages.map((p, i) => p.goto(`${server.origin}/generated/catalog-200.html?tab=${i}`)));
  const probes = await Promise.all(pages.map((p) => BadgeProbe.attach(p)));
  for (const probe of probes) await waitForBadges(probe, 200);
  // The worker recorded every tab's 200 courses (the popup's "On this page").
  const options = await extensionPage('options.html');
  const counts = await options.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    const tabs = (await chrome.tabs.query({})).filter((t) => t.url?.includes('catalog-200'));
    return Promise.all(tabs.map(async (t) => ((await chrome.runtime.sendMessage({ type: 'tab-courses', tabId: t.id })) as { courses: unknown[] } | null)?.courses.length ?? 0));
  });
  expect(counts).toEqual(Array(20).fill(200));
  expect(await workerHeapMb(options)).toBeLessThan(10);
});
