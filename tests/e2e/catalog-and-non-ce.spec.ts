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
  const texts: string[] = [];
  for (const badge of badges) {
    await probe.press(badge, 'button');
    const [panel] = (await probe.badges()).filter((b) => b.kind === 'page');
    texts.push(await probe.text(panel!));
  }
  // Most listings state no distribution: their chips are estimates from the title, marked "≈",
  // capped at what is still open (1.5 of Abdomen and Pelvis). The third states one ("CT – Neck and
  // Chest: 1.5"), in a subcategory not prescribed: no estimate, only its biennium credits.
  console.log(JSON.stringify(texts, null, 1), JSON.stringify(chips));
  expect(texts).toEqual([
    '≈ +1.5 CT Safety · +1.5 biennium',
    '≈ +1.5 CT Procedures · +2 biennium',
    '+1.5 biennium',
    '≈ +0.25 biennium',
    '≈ +1 biennium',
    '≈ +3.25 biennium',
  ]);
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
