import { describe, expect, it } from 'vitest';
import { placement } from '../../../components/badge/placement';

const box = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });

describe("the panel's start never covers the page's title (#16 item 12)", () => {
  it('open in the corner on a desktop viewport, the title at the top', () => {
    expect(placement(box(40, 80, 900, 130), 1280, 800)).toEqual({ collapsed: false, top: false });
  });

  it('collapsed on a narrow viewport (200 % zoom, 320 px wide)', () => {
    expect(placement(box(8, 60, 312, 180), 320, 400)).toEqual({ collapsed: true, top: false });
  });

  it('collapsed when the open panel would cover the title; the bar goes to the top when at the bottom it would too', () => {
    expect(placement(box(8, 200, 700, 260), 720, 480)).toEqual({ collapsed: true, top: false });
    expect(placement(box(8, 330, 700, 440), 720, 480)).toEqual({ collapsed: true, top: true });
  });

  it('no title: open unless the viewport is narrow', () => {
    expect(placement(null, 1024, 700)).toEqual({ collapsed: false, top: false });
    expect(placement(null, 360, 700)).toEqual({ collapsed: true, top: false });
  });
});
