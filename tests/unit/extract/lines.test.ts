import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readLines } from '../../../lib/extract/generic/dom/lines';

const body = (html: string) => new JSDOM(`<body>${html}</body>`).window.document.body;

describe('the line reader', () => {
  it('splits at blocks, joins a row’s cells, skips chrome', () => {
    const lines = readLines(body('<nav>Menu 9 credits</nav><p>Earn <b>1.5</b> credits</p><table><tr><td>CT</td><td>Safety</td><td>1.0</td></tr></table>'));
    expect(lines.map((l) => l.text)).toEqual(['Earn 1.5 credits', 'CT | Safety | 1.0']);
  });

  it('gives lines the heading above them, also one broken by <br>', () => {
    const lines = readLines(body('<h2>Credit distribution<br>CT</h2><p>Safety: 1.0</p>'));
    expect(lines.map((l) => [l.text, l.heading])).toEqual([
      ['Credit distribution', ''],
      ['CT', 'Credit distribution'],
      ['Safety: 1.0', 'CT'],
    ]);
  });

  it('reads elements side by side with no text between them as separate words, and keeps text runs whole', () => {
    const lines = readLines(body('<p><span>CQR</span><span>2.25 CE</span><span>$<b>27</b>.00</span></p>'));
    expect(lines.map((l) => l.text)).toEqual(['CQR 2.25 CE $27.00']);
  });

  it('skips shop notices and promotion bars, which quote other courses', () => {
    const lines = readLines(body('<p class="woocommerce-store-notice demo_store">Sale: 12 credits for $49</p><div class="promo-bar">24 credits, one price</div><p>Earn 1.5 credits</p>'));
    expect(lines.map((l) => l.text)).toEqual(['Earn 1.5 credits']);
  });
});
