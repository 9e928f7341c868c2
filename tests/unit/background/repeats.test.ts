import { describe, expect, it } from 'vitest';
import { repeatFilter } from '../../../entrypoints/background/repeats';
import type { ExtractedCourse } from '../../../lib/extract/schema';

const course = (title: string) => ({ title, credits: 100 }) as unknown as ExtractedCourse;

describe('the worker drops repeats of an unchanged finding (issue #18, 5)', () => {
  it('the same courses at the same address from the same tab are a repeat; anything else is news', () => {
    const repeats = repeatFilter();
    const catalog = Array.from({ length: 600 }, (_, i) => course(`Course ${i}`));
    expect(repeats.isRepeat(1, 'https://a.example/c', catalog)).toBe(false);
    for (let i = 0; i < 59; i++) expect(repeats.isRepeat(1, 'https://a.example/c', catalog)).toBe(true);
    expect(repeats.isRepeat(2, 'https://a.example/c', catalog)).toBe(false);
    expect(repeats.isRepeat(1, 'https://a.example/c?page=2', catalog)).toBe(false);
    expect(repeats.isRepeat(1, 'https://a.example/c?page=2', [...catalog.slice(1), course('New')])).toBe(false);
    repeats.forget(1);
    expect(repeats.isRepeat(1, 'https://a.example/c?page=2', [...catalog.slice(1), course('New')])).toBe(false);
  });
});
