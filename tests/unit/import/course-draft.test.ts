import { describe, expect, it } from 'vitest';
import { courseFromDraft, emptyDraft } from '../../../lib/import/course-draft';
import { checkCreditAmount, checkDate } from '../../../lib/rules/limits';

const draft = (over: Partial<ReturnType<typeof emptyDraft>>) => ({ ...emptyDraft(), title: 'CT Dose Essentials', credits: '1.5', completedOn: '2026-03-14', ...over });
const messages = (over: Partial<ReturnType<typeof emptyDraft>>) => courseFromDraft(draft(over), '2026-06-01').errors.map((e) => e.message);

describe('a course draft is checked by the form limits (lib/rules/limits.ts), whatever notation it was typed in', () => {
  it('reads any notation, then refuses out-of-range credits and dates with the limits’ own message', () => {
    expect(courseFromDraft(draft({ credits: '1 ½', completedOn: 'March 14, 2026' }), '2026-06-01').course).toMatchObject({ credits: 150, completedOn: '2026-03-14' });
    expect(messages({ credits: '0' })).toEqual([(checkCreditAmount('courseCredits', 0) as { message: string }).message]);
    expect(messages({ completedOn: '07/01/2026' })).toEqual([(checkDate('completedOn', '2026-07-01', '2026-06-01') as { message: string }).message]);
    expect(messages({ distribution: [{ discipline: 'CT', category: 'Safety', subcategory: '', credits: '0' }] })).toEqual([`Credit distribution, line 1: ${(checkCreditAmount('courseCredits', 0) as { message: string }).message}`]);
  });
});
