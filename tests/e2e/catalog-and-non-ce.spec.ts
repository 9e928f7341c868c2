import { expect, test, waitForBadges } from './fixtures';
import { setUpCt } from './setup';

test('a catalog shows one compact chip per listing saying what the page states; a click on one shows what it covers for the user', async ({ extensionPage, sponsorPage, external }) => {
  await setUpCt(await extensionPage('options.html'));
  const { probe } = await sponsorPage('catalog.html');
  const badges = (await waitForBadges(probe, 6)).filter((b) => b.kind === 'listing');
  expect(badges).toHaveLength(6);
  // The chips live in the page's frame, where find-in-page reaches: nothing personal in them (issue #18).
  const chips = await Promise.all(badges.map((b) => probe.text(b)));
  expect(chips.every((t) => t.startsWith('CE · ') && !/left|biennium|\+\d/.test(t))).toBe(true);
  // Most listings state no distribution: what they cover is estimated from the title (said so in
  // the panel), capped at what is still open (1.5 of Abdomen and Pelvis). The third states one
  // ("CT – Neck and Chest: 1.5"), in a subcategory not prescribed: no estimate, only its biennium credits.
  const expected = [
    '+1.5 CT · Safety · Radiation Safety and Dose — 0.5 left after',
    '+1.5 CT · Procedures · Abdomen and Pelvis — 0 left after',
    'Neck and Chest CT Angiography1.5 credits · Category A+1.5 biennium credits — 22.5 of 24 left afterSave',
    '+0.25 biennium credits — 23.75 of 24 left afterCredit distribution estimated',
    '+1 biennium credits — 23 of 24 left afterCredit distribution estimated',
    '+3.25 biennium credits — 20.75 of 24 left afterCredit distribution estimated',
  ];
  for (const [i, text] of expected.entries()) {
    // Node ids last until the next look: look again each time.
    await probe.press((await probe.badges()).filter((b) => b.kind === 'listing')[i]!, 'button');
    await expect.poll(async () => probe.text((await probe.badges()).find((b) => b.kind === 'page')!)).toContain(text);
    // Collapsed, the panel covers no listing's chip.
    await probe.click((await probe.badges()).find((b) => b.kind === 'page')!, '[aria-label="Hide CE Companion panel"]');
  }
  expect(external).toEqual([]);
});

test('the 200-listing catalog gets 200 badges', async ({ sponsorPage }) => {
  const { probe } = await sponsorPage('generated/catalog-200.html');
  await waitForBadges(probe, 200);
});

test('pages that are not courses show nothing: news, FAQ, search results, a large page', async ({ sponsorPage, context }) => {
  // A course page in the same browser first, so "nothing" is the detector's answer and not a dead extension.
  const control = await sponsorPage('course-no-distribution.html');
  await waitForBadges(control.probe, 1);
  for (const path of ['news.html', 'faq.html', 'search-engine.html', 'generated/large-non-ce.html']) {
    const { page, probe } = await sponsorPage(path);
    await page.waitForLoadState('load');
    // The detector runs at document_idle; give it well past that before looking.
    await page.waitForTimeout(1500);
    expect(await probe.badges(), path).toEqual([]);
    await page.close();
  }
  expect(context.pages().length).toBeGreaterThan(0);
});
