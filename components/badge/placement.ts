import { PANEL_SIZE } from './styles';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Under this viewport width (CSS px: 200 % zoom of a 640 px window, or a phone) the open panel would cover most of the page. */
const NARROW = 420;

/**
 * How the course page's panel starts: open in the bottom right corner, unless it would cover the
 * page's title (`title`: the h1's box in the viewport) or most of a narrow viewport — then
 * collapsed to its bar, which goes to the top right when at the bottom it would cover the title.
 */
export function placement(title: Box | null, width: number, height: number): { collapsed: boolean; top: boolean } {
  const { margin, open, bar } = PANEL_SIZE;
  const right = width - margin;
  const corner = (w: number, h: number, top: boolean): Box => {
    const boxW = Math.min(w, width - 2 * margin);
    const boxH = Math.min(h, height - 2 * margin);
    return { left: right - boxW, right, top: top ? margin : height - margin - boxH, bottom: top ? margin + boxH : height - margin };
  };
  const covers = (b: Box) => !!title && title.left < b.right && b.left < title.right && title.top < b.bottom && b.top < title.bottom;
  const collapsed = width < NARROW || covers(corner(open.width, open.height, false));
  return { collapsed, top: collapsed && covers(corner(bar.width, bar.height, false)) && !covers(corner(bar.width, bar.height, true)) };
}
