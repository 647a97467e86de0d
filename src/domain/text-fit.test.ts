import { describe, expect, it } from 'vitest';
import { ellipsize, fitText, wrapText, type Measure } from './text-fit';

/** A rule of thumb for a sans serif: each character a little over half its size wide. */
const measure: Measure = (text, size, bold) => (text.length * size * (bold ? 12 : 11)) / 20;
const style = { size: 20, bold: false };
/** 11 px a character at 20 px: a 110 px line holds ten. */
const TEN = 110;

describe('wrapText', () => {
  it('breaks at spaces, no line wider than the box', () => {
    const lines = wrapText('Swap first qualified referrals', TEN, style, measure);
    expect(lines).toEqual(['Swap first', 'qualified', 'referrals']);
    for (const line of lines) expect(measure(line, 20, false)).toBeLessThanOrEqual(TEN);
  });

  it('keeps every word, in order, and collapses runs of spaces', () => {
    const text = 'a  b   c\n d e f g h i j k l m';
    expect(wrapText(text, TEN, style, measure).join(' ')).toBe('a b c d e f g h i j k l m');
  });

  it('breaks a word wider than the box where it must', () => {
    const lines = wrapText('see https://example.com/a/long/path', TEN, style, measure);
    expect(lines.join('')).toBe('seehttps://example.com/a/long/path');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(10);
  });

  it('gives no lines for no text', () => {
    expect(wrapText('   ', TEN, style, measure)).toEqual([]);
  });
});

describe('ellipsize', () => {
  it('leaves a line that fits as it is', () => {
    expect(ellipsize('Short', TEN, style, measure)).toBe('Short');
  });

  it('cuts a long line at a word and ends it with …, within the box', () => {
    const cut = ellipsize('Customer first, Open data, Long term', 22 * 11, style, measure);
    expect(cut).toBe('Customer first, Open…');
    expect(measure(cut, 20, false)).toBeLessThanOrEqual(22 * 11);
  });
});

describe('fitText', () => {
  const box = { width: TEN, maxLines: 2, sizes: [20, 18, 16], bold: false };

  it('keeps the largest size at which all of it fits', () => {
    expect(fitText('Swap leads', box, measure)).toEqual({
      size: 20,
      lines: ['Swap leads'],
      cut: false,
    });
  });

  it('tries smaller type before cutting anything', () => {
    // 20 characters: two lines at 20 and 18 px, one at 16 px (8.8 px a character).
    const fitted = fitText('Swap leads with Acme', { ...box, width: 176, maxLines: 1 }, measure);
    expect(fitted).toEqual({ size: 16, lines: ['Swap leads with Acme'], cut: false });
  });

  it('cuts with … only when even the smallest size overflows', () => {
    const fitted = fitText('one two three four five six seven eight nine ten', box, measure);
    expect(fitted.size).toBe(16);
    expect(fitted.cut).toBe(true);
    expect(fitted.lines).toHaveLength(2);
    expect(fitted.lines[1]).toMatch(/…$/);
    for (const line of fitted.lines) expect(measure(line, 16, false)).toBeLessThanOrEqual(TEN);
  });
});
