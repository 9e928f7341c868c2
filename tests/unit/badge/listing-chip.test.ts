import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { bestFits, ESTIMATE_LEGEND, listingChip } from '../../../components/badge/listing-chip';
import type { CourseCheck } from '../../../lib/messages';

const doc = new JSDOM('<!doctype html>').window.document;

function check(adds: number, extra: Partial<CourseCheck> = {}, estimated = false): CourseCheck {
  return {
    fingerprint: `f${adds}`,
    saved: null,
    estimatedDistribution: null,
    coverage: {
      alreadyCompleted: false,
      estimated,
      biennium: { adds: 100, remainingBefore: 2400, remainingAfter: 2300 },
      credentials: adds ? [{ credentialId: 'c', discipline: 'CT', prescription: [{ category: 'Safety', subcategory: 'Radiation Safety and Dose', adds, remainingBefore: 200, remainingAfter: 200 - adds }], structuredCategories: [] }] : [],
      summary: adds ? `${estimated ? '≈ ' : ''}+${adds / 100} CT Safety · +1 biennium` : '+1 biennium',
    },
    ...extra,
  } as CourseCheck;
}

const chip = (c: CourseCheck, best = false) => listingChip(doc, c, best).firstElementChild as HTMLElement;

describe('catalog chips that know the history (issue #16, item 8)', () => {
  it('a completed course says it will not count again; a planned one says planned', () => {
    expect(chip(check(100, { saved: { courseId: 'x', status: 'completed' } })).textContent).toBe('✓ completed — won’t count again');
    expect(chip(check(100, { saved: { courseId: 'x', status: 'planned' } })).textContent).toBe('planned · +1 CT Safety · +1 biennium');
  });

  it('an estimate carries the legend for ≈', () => {
    const c = chip(check(100, {}, true));
    expect(c.title).toBe(ESTIMATE_LEGEND);
    expect(c.getAttribute('aria-label')).toContain(ESTIMATE_LEGEND);
    expect(chip(check(100)).title).toBe('');
  });

  it('the listings filling the most prescribed credits stand out; saved ones and non-fillers never', () => {
    const checks = [check(50), check(150), check(150), check(0), check(200, { saved: { courseId: 'x', status: 'planned' } })];
    const best = bestFits(checks);
    expect(checks.map((c) => best.has(c))).toEqual([false, true, true, false, false]);
    expect(chip(checks[1]!, true).textContent).toBe('★ best fit · +1.5 CT Safety · +1 biennium');
    expect(chip(checks[1]!, true).className).toBe('chip best');
    expect(bestFits([check(0)]).size).toBe(0);
  });
});
