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
