import { describe, expect, it } from 'vitest';
import { withoutHash } from '../../lib/page-address';

describe('withoutHash', () => {
  it('drops the fragment and keeps everything before it', () => {
    expect(withoutHash('https://ce.example.org/course/12?tab=1#credits')).toBe('https://ce.example.org/course/12?tab=1');
    expect(withoutHash('https://ce.example.org/course/12#a#b')).toBe('https://ce.example.org/course/12');
    expect(withoutHash('https://ce.example.org/#')).toBe('https://ce.example.org/');
  });
  it('leaves an address without one as it is', () => {
    expect(withoutHash('https://ce.example.org/course/12?q=a')).toBe('https://ce.example.org/course/12?q=a');
    expect(withoutHash('')).toBe('');
  });
});
