import { describe, expect, it } from 'vitest';
import { chipView } from '../../../components/badge/chip-view';
import type { CourseCheck } from '../../../lib/messages/schema';

const check = (over: { summary?: string; estimated?: boolean; alreadyCompleted?: boolean; bienniumAdds?: number; saved?: CourseCheck['saved'] } = {}): CourseCheck => ({
  fingerprint: 'f',
  saved: over.saved ?? null,
  estimatedDistribution: null,
  coverage: {
    alreadyCompleted: over.alreadyCompleted ?? false,
    estimated: over.estimated ?? false,
    categoryAssumed: false,
    notCounted: null,
    probationAdds: 0,
    biennium: { adds: over.bienniumAdds ?? 50, remainingBefore: 2400, remainingAfter: 2400 - (over.bienniumAdds ?? 50) },
    credentials: [],
    summary: over.summary ?? '+0.5 biennium',
  },
});

describe("a catalog chip's words for the user", () => {
  it('what the listing adds; the best fits stand out; an estimate carries the legend of ≈', () => {
    expect(chipView(check(), true, false)).toMatchObject({ text: '+0.5 biennium', tone: 'covers' });
    expect(chipView(check({ summary: '≈ +0.5 CT Safety · +0.5 biennium', estimated: true }), true, true)).toMatchObject({ text: '★ ≈ +0.5 CT Safety · +0.5 biennium', tone: 'best' });
    expect(chipView(check({ estimated: true }), true, false).label).toContain('≈ means estimated');
    expect(chipView(check({ summary: 'Covers none of your open gaps', bienniumAdds: 0 }), true, false).tone).toBe('none');
  });

  it("completed: it won't count again, unless an earlier biennium's course counts again; planned says so", () => {
    expect(chipView(check({ alreadyCompleted: true, bienniumAdds: 0, summary: 'Already completed' }), true, true)).toMatchObject({ text: "✓ completed — won't count again", tone: 'done' });
    expect(chipView(check({ saved: { courseId: 'c1', status: 'completed' }, bienniumAdds: 0 }), true, false).text).toBe("✓ completed — won't count again");
    expect(chipView(check({ alreadyCompleted: true, bienniumAdds: 100, summary: '+1 biennium' }), true, false).text).toBe('✓ completed before · +1 biennium');
    expect(chipView(check({ saved: { courseId: 'c1', status: 'planned' } }), true, true)).toMatchObject({ text: 'planned · +0.5 biennium', tone: 'planned' });
  });

  it('before setup, an invitation and nothing else', () => {
    expect(chipView(check(), false, true)).toMatchObject({ text: 'CE · set up to see your gaps', tone: 'none' });
  });
});
