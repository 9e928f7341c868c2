import { describe, expect, it } from 'vitest';
import { entriesOf, entryKey, evaluate, itemsFromEntries, prescriptionChanges } from '../../../lib/rules';
import { CT_SEVEN, input } from './make';

describe('editing a stored prescription (issue #16, items 1 and 2)', () => {
  it('starts from every stored subcategory, and changing one keeps the other six', () => {
    const entries = entriesOf(CT_SEVEN);
    expect(Object.keys(entries)).toHaveLength(7);
    entries[entryKey('Safety', 'Radiation Safety and Dose')] = '2.5';
    const items = itemsFromEntries(entries);
    expect(items.ok && items.value).toHaveLength(7);
    expect(items.ok && items.value.find((i) => i.subcategory === 'Radiation Safety and Dose')?.credits).toBe(250);
    expect(items.ok && items.value.find((i) => i.subcategory === 'Neck and Chest')?.credits).toBe(75);
  });

  it('shows old → new for what changes only, removals included', () => {
    const after = CT_SEVEN.filter((i) => i.subcategory !== 'Neck and Chest').map((i) => (i.subcategory === 'Image Formation' ? { ...i, credits: 100 } : i));
    expect(prescriptionChanges(CT_SEVEN, [...after, { category: 'Safety', subcategory: 'Patient Safety', credits: 50 }])).toEqual([
      { category: 'Image Production', subcategory: 'Image Formation', before: 150, after: 100 },
      { category: 'Safety', subcategory: 'Patient Safety', before: null, after: 50 },
      { category: 'Procedures', subcategory: 'Neck and Chest', before: 75, after: null },
    ]);
    expect(prescriptionChanges(CT_SEVEN, CT_SEVEN)).toEqual([]);
  });

  it('refuses an empty prescription, and names the subcategory and range of a bad entry', () => {
    const blank = Object.fromEntries(Object.keys(entriesOf(CT_SEVEN)).map((k) => [k, '']));
    const empty = itemsFromEntries(blank);
    expect(empty.ok).toBe(false);
    expect(!empty.ok && empty.message).toMatch(/at least one subcategory/);
    const zero = itemsFromEntries({ [entryKey('Safety', 'Radiation Safety and Dose')]: '0' });
    expect(!zero.ok && zero.message).toMatch(/^Radiation Safety and Dose — Prescribed credits: 0 is not allowed; enter from 0\.25 to 100/);
  });

  it('a stored prescription with no subcategory is no prescription, never "complete"', () => {
    const e = evaluate(input({ credentials: [{ earnedOn: '2016-06-15' }], prescriptions: [{ items: [] }] }), '2026-01-10');
    expect(e.credentials[0]!.prescription).toBeNull();
  });
});
