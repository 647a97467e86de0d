import { describe, expect, it } from 'vitest';
import {
  FIT_ON_ONE_PAGE_UP_TO,
  cssString,
  fitLayout,
  fitScale,
  fitsOnOnePageByDefault,
  mmToPx,
  pageHeaderCss,
  printableArea,
} from './print-layout';

describe('the printed page', () => {
  it('is the area A4 and US Letter both leave in landscape inside 10 mm margins, in CSS px', () => {
    expect(mmToPx(25.4)).toBe(96);
    const page = printableArea();
    expect(page.width).toBe(978); // 259 mm
    expect(page.height).toBeGreaterThan(710); // 190 mm is 718 px, less a little
    expect(page.height).toBeLessThanOrEqual(718);
    // Inside A4 (277 × 190 mm) and Letter (259.4 × 195.9 mm) alike.
    expect(page.width).toBeLessThanOrEqual(mmToPx(259.4));
    expect(page.height).toBeLessThanOrEqual(mmToPx(190));
  });

  it('fits up to 40 milestones on one page unless asked otherwise', () => {
    expect(FIT_ON_ONE_PAGE_UP_TO).toBe(40);
    expect(fitsOnOnePageByDefault(8 + 30)).toBe(true);
    expect(fitsOnOnePageByDefault(40)).toBe(true);
    expect(fitsOnOnePageByDefault(41)).toBe(false);
  });
});

describe('fitScale', () => {
  const page = { width: 1000, height: 700 };

  it('shrinks what is too tall or too wide by what is needed most', () => {
    expect(fitScale({ width: 1000, height: 1400 }, page)).toBe(0.5);
    expect(fitScale({ width: 2000, height: 700 }, page)).toBe(0.5);
    expect(fitScale({ width: 4000, height: 1400 }, page)).toBe(0.25);
  });

  it('never grows what fits already', () => {
    expect(fitScale({ width: 500, height: 300 }, page)).toBe(1);
    expect(fitScale({ width: 0, height: 0 }, page)).toBe(1);
  });
});

describe('fitLayout', () => {
  const page = { width: 1000, height: 700 };
  /** A board `heightAt(width)` tall, zoomed: as tall as its zoom makes it. */
  const zoomed = (heightAt: (width: number) => number) => (width: number, scale: number) =>
    heightAt(width) * scale;

  it('leaves a board that fits at the page width and its own size', () => {
    expect(
      fitLayout(
        zoomed(() => 650),
        page,
      ),
    ).toEqual({ width: 1000, scale: 1 });
  });

  it('lays a tall board out wider and zooms it less than its height alone would', () => {
    // Columns that grow shorter as they grow wider, down to a floor of what cannot wrap less.
    const heightAt = (width: number) => Math.max(900, 1_400_000 / width);
    const fitted = fitLayout(zoomed(heightAt), page);
    expect(fitted.scale).toBeGreaterThan(0.7); // 700 / 1400: the narrow layout zoomed
    expect(fitted.scale).toBeLessThan(1);
    expect(fitted.width * fitted.scale).toBeLessThanOrEqual(page.width);
    expect(heightAt(fitted.width) * fitted.scale).toBeLessThanOrEqual(page.height);
  });

  it('keeps only a layout it measured to fit, however the height behaves', () => {
    // A board that grows taller when laid out wider (it should not): the first fit stands.
    const fitted = fitLayout(
      zoomed((width) => width * 1.5),
      page,
    );
    expect(fitted).toEqual({ width: 1000, scale: 0.466 });
  });

  it('zooms a little less when small type wraps a line more than its size says', () => {
    // Zoomed, the board is 2 % taller than its zoom alone makes it.
    const measured: number[] = [];
    const fitted = fitLayout((_width, scale) => {
      const height = (scale < 1 ? 1.02 : 1) * 1400 * scale;
      measured.push(height);
      return height;
    }, page);
    expect(1.02 * 1400 * fitted.scale).toBeLessThanOrEqual(700);
    expect(fitted.scale).toBe(0.49);
    expect(measured.length).toBeLessThanOrEqual(1 + 5 + 6);
  });

  it('rounds the zoom down and the width with it, so the board never passes the page', () => {
    const fitted = fitLayout(
      zoomed(() => 2100),
      page,
      0,
    );
    expect(fitted).toEqual({ width: 1000, scale: 0.333 });
    const wider = fitLayout(
      zoomed((width) => 1_400_000 / width),
      page,
    );
    expect(wider.width * wider.scale).toBeLessThanOrEqual(1000);
    expect((1_400_000 / wider.width) * wider.scale).toBeLessThanOrEqual(700);
  });
});

describe('the page header', () => {
  it('says whose board it is, of which day, and for whom', () => {
    const partner = pageHeaderCss({ partner: 'Acme', day: '26 Nov 2026', audience: 'partner' });
    expect(partner).toContain('@top-left { content: "Acme · 26 Nov 2026"; }');
    expect(partner).toContain('@top-right { content: "Partner view"; }');
    expect(pageHeaderCss({ partner: 'Acme', day: '1 Dec', audience: 'internal' })).toContain(
      '@top-right { content: "Internal — our team only"; }',
    );
  });

  it('keeps any name inside its string', () => {
    expect(cssString('Say "hi" \\ }')).toBe('"Say \\"hi\\" \\\\ }"');
    expect(cssString('Two\nlines\u0000')).toBe('"Two\\a lines\\0 "');
    expect(cssString('Ünïcode · 株式会社')).toBe('"Ünïcode · 株式会社"');
  });
});
