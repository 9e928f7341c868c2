import { describe, expect, it } from 'vitest';
import { currentOutline } from '../../../lib/outlines';
import { estimateDistribution, parsePrescriptionText } from '../../../lib/rules';

const ct = currentOutline('CT')!;

describe('prescription text', () => {
  it('reads subcategories and credits in the wording people paste', () => {
    const text = ['Safety — Radiation Safety & Dose: 2 credits', 'Image Formation 1.5', 'Procedures: Neck and Chest (.5)', 'Head, Spine, and Musculoskeletal 0.25 credit', 'Something else 3', 'Thanks!'].join('\n');
    expect(parsePrescriptionText(text, ct)).toEqual({
      items: [
        { category: 'Safety', subcategory: 'Radiation Safety and Dose', credits: 200 },
        { category: 'Image Production', subcategory: 'Image Formation', credits: 150 },
        { category: 'Procedures', subcategory: 'Neck and Chest', credits: 50 },
        { category: 'Procedures', subcategory: 'Head, Spine, and Musculoskeletal', credits: 25 },
      ],
      unrecognized: ['Something else 3'],
      duplicates: [],
    });
  });
});

describe('estimated distribution', () => {
  it('suggests the subcategory whose words the title uses', () => {
    expect(estimateDistribution('Lowering CT Dose: Practical Radiation Protection', ['CT'], 150)).toEqual([
      { discipline: 'CT', category: 'Safety', subcategory: 'Radiation Safety and Dose', credits: 150 },
    ]);
  });

  it('suggests nothing when no word fits', () => {
    expect(estimateDistribution('Leadership for supervisors', ['CT'], 100)).toEqual([]);
  });
});

describe('#12 prescription lines that must read right', () => {
  const read = (text: string) => parsePrescriptionText(text, ct);
  it.each([
    ['Radiation Safety/Dose 0.5', 'Radiation Safety and Dose', 50],
    ['Abdomen/Pelvis 1', 'Abdomen and Pelvis', 100],
    ['Head, Spine and MSK 1.0', 'Head, Spine, and Musculoskeletal', 100],
    ['1. Image Formation 1.5', 'Image Formation', 150],
    ['Image Formation — completed 0.5 of 2.0 credits', 'Image Formation', 200],
    ['Image Formation 0 / 2.0 credits', 'Image Formation', 200],
  ])('%s → %s %i', (line, subcategory, credits) => {
    expect(read(line)).toMatchObject({ items: [{ subcategory, credits }], unrecognized: [], duplicates: [] });
  });

  it('a table pasted with each cell on its own line', () => {
    expect(read('Category\nSubcategory\nCredits\nSafety\nRadiation Safety and Dose\n2.0\nImage Production\nImage Formation\n1.5').items).toEqual([
      { category: 'Safety', subcategory: 'Radiation Safety and Dose', credits: 200 },
      { category: 'Image Production', subcategory: 'Image Formation', credits: 150 },
    ]);
  });

  it('the same subcategory in a summary and a detail line is flagged, never summed', () => {
    expect(read('Image Formation 1.5\nImage Production — Image Formation: 1.5 credits')).toEqual({
      items: [{ category: 'Image Production', subcategory: 'Image Formation', credits: 150 }],
      unrecognized: [],
      duplicates: ['Image Production — Image Formation: 1.5 credits'],
    });
  });
});
