import { expect, test } from './fixtures';
import { setUpCt } from './setup';
import { shoot } from './shoot';
import { isoFromToday } from './today';

/**
 * Issue #16, item 12: the options page reflows at 320 CSS px (what a 640 px window shows at 200 %
 * zoom, WCAG 1.4.10): nothing is cut off or needs sideways scrolling, a long unbroken title included.
 */
test('12: the options page reflows at 320 px (200 % zoom): no sideways scrolling, long titles wrap', async ({ extensionPage }) => {
  const options = await extensionPage('options.html');
  await setUpCt(options);
  await options.getByText('Add a completed course by hand').click();
  const add = options.getByTestId('add-course');
  await add.getByTestId('course-title').fill('Cardiovascular-interventional-radiography-and-computed-tomography-angiography-update');
  await add.getByTestId('course-credits').fill('1');
  await add.getByTestId('course-category').selectOption('A');
  await add.getByTestId('course-completedOn').fill(isoFromToday({ months: -1 }));
  await add.getByTestId('save-course').click();
  await expect(options.getByTestId('course-row')).toHaveCount(1);

  await options.setViewportSize({ width: 320, height: 800 });
  const overflow = await options.evaluate(() => ({
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    // Any element whose right edge is past the viewport (ignoring what a scroller of its own contains).
    cut: [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map((e) => e.tagName + (e.getAttribute('data-testid') ? `[${e.getAttribute('data-testid')}]` : '')).slice(0, 5),
  }));
  expect(overflow).toEqual({ page: 0, cut: [] });
  await shoot(options, '12-options-320px');
});
