// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CourseBlock } from '../../../lib/extract';
import { mountBadges } from '../../../entrypoints/badge/mount';

/** The chips' own hosts are another file's (chips.ts): here, only the chip's click, as `mountChips` hands it on. */
let click: (index: number) => void = () => {};
vi.mock('../../../entrypoints/badge/chips', () => ({
  mountChips: (_listings: unknown, _checked: unknown, open: (index: number) => void) => {
    click = open;
    return () => {};
  },
}));

beforeAll(() => {
  // Our hosts' shadow roots are closed; the test opens them to read which course a panel shows.
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    return attach.call(this, { ...init, mode: 'open' });
  };
});
afterEach(() => {
  document.body.replaceChildren();
});

const block = (kind: 'page' | 'listing', title: string): CourseBlock => {
  const element = document.body.appendChild(document.createElement('article'));
  return { element, reasons: [], course: { kind, title } as CourseBlock['course'] };
};
const catalog = (n: number) => Array.from({ length: n }, (_, i) => block('listing', `Course ${i}`));
/** The course each panel on the page shows, by its frame's address (`#3`). */
const panels = () => [...document.querySelectorAll('ce-companion-badge[data-kind="page"]')].map((h) => h.shadowRoot!.querySelector('iframe')!.src.split('#')[1]);
/** A promise the test settles, as the worker's check would. */
function deferred() {
  let settle: (ok: boolean) => void = () => {};
  const promise = new Promise<boolean>((resolve) => (settle = resolve));
  return { promise, settle };
}
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the panel waits for the worker’s check', () => {
  it('a chip clicked before the check is in opens once it is; of two such clicks, the last', async () => {
    const check = deferred();
    mountBadges(catalog(4), check.promise);
    click(1);
    click(2);
    await settled();
    expect(panels()).toEqual([]);
    check.settle(true);
    await settled();
    expect(panels()).toEqual(['2']);
  });

  it('a chip clicked on a catalog’s first listings opens its panel on the whole catalog’s chips', async () => {
    const blocks = catalog(10);
    const early = mountBadges(blocks.slice(0, 8), new Promise(() => {}));
    click(5);
    const reopen = early.pending();
    expect(reopen).toBe(blocks[5]!.element);
    early.remove();
    const check = deferred();
    mountBadges(blocks, check.promise, reopen);
    check.settle(true);
    await settled();
    expect(panels()).toEqual(['5']);
  });

  it('a check that failed: a chip’s panel still opens (it says to reload), a course page’s panel goes', async () => {
    const chips = deferred();
    mountBadges(catalog(3), chips.promise);
    click(0);
    chips.settle(false);
    await settled();
    expect(panels()).toEqual(['0']);
    document.body.replaceChildren();

    const page = deferred();
    mountBadges([block('page', 'One course')], page.promise);
    expect(panels()).toEqual(['0']);
    page.settle(false);
    await settled();
    expect(panels()).toEqual([]);
  });

  it('nothing opens once the badges were removed', async () => {
    const check = deferred();
    const mounted = mountBadges(catalog(2), check.promise);
    click(1);
    mounted.remove();
    check.settle(true);
    await settled();
    expect(panels()).toEqual([]);
    expect(mounted.pending()).toBeNull();
  });
});
