import { AUDIENCE_LABELS, type Audience } from '../../domain/audience';

/**
 * The arithmetic of a printed board, kept apart from the DOM so it can be tested: the page it
 * is laid out for, how far it is scaled to fit one page, and the words in the page's margins.
 */

/** Up to this many milestones, a board is fitted on one page unless the person says not. */
export const FIT_ON_ONE_PAGE_UP_TO = 40;

export const fitsOnOnePageByDefault = (milestones: number) => milestones <= FIT_ON_ONE_PAGE_UP_TO;

/**
 * The printable area common to A4 and US Letter in landscape with 10 mm margins (print-view.css
 * sets them): A4 is 277 × 190 mm inside them, Letter 259.4 × 195.9. A page fitted to this fits
 * on either paper.
 */
export const PRINTABLE_MM = { width: 259, height: 190 } as const;

/** CSS pixels are 1/96 inch, on paper as on screen. */
export const mmToPx = (mm: number) => (mm / 25.4) * 96;

export interface Area {
  width: number;
  height: number;
}

/** The printable area in CSS px, less a little: rounding in the print must not push a line over. */
export function printableArea(): Area {
  return {
    width: Math.floor(mmToPx(PRINTABLE_MM.width)),
    height: Math.floor(mmToPx(PRINTABLE_MM.height)) - 4,
  };
}

/** How far a laid-out block must shrink to fit the page: never grown past its own size. */
export function fitScale(content: Area, page: Area): number {
  if (content.width <= 0 || content.height <= 0) return 1;
  return Math.min(1, page.width / content.width, page.height / content.height);
}

export interface FitLayout {
  /** The width to lay the board out at, in CSS px. */
  width: number;
  /** The zoom that brings it onto the page (≤ 1). */
  scale: number;
}

/** Lays the board out `width` wide, zooms it by `scale`, and says how tall it is then. */
export type HeightAt = (width: number, scale: number) => number;

/** Three decimals, rounded down: a zoom rounded up could push the last line over the page. */
const down = (scale: number) => Math.floor(scale * 1000) / 1000;

/** The layout a zoom calls for: as wide as the page holds at that zoom. */
const layoutAt = (page: Area, scale: number): FitLayout => {
  const zoom = down(scale);
  return { width: Math.floor(page.width / zoom), scale: zoom };
};

/**
 * The largest zoom at which the board fits the page, and the width to lay it out at. A board
 * too tall for the page is laid out wider than the page, so its columns grow wider and
 * shorter, then zoomed down to the page's width: larger type than zooming the narrow layout
 * until its height fits. Each layout is measured at its zoom, as type at a small size wraps a
 * hair differently than its size alone says, and only one measured to fit is kept.
 *
 * The page-wide layout zoomed until its height fits is the first (a little less when even that
 * is a line over); a few halvings then look for a larger zoom.
 */
export function fitLayout(heightAt: HeightAt, page: Area, steps = 6): FitLayout {
  const fits = (layout: FitLayout) => heightAt(layout.width, layout.scale) <= page.height;
  const tall = heightAt(page.width, 1);
  if (tall <= page.height) return { width: page.width, scale: 1 };
  let best: FitLayout = { width: page.width, scale: down(page.height / tall) };
  for (let tries = 0; tries < 5 && !fits(best); tries++)
    best = { ...best, scale: down(best.scale * 0.98) };
  let low = best.scale;
  let high = 1;
  for (let step = 0; step < steps; step++) {
    const layout = layoutAt(page, (low + high) / 2);
    if (fits(layout)) {
      best = layout;
      low = layout.scale;
    } else {
      high = layout.scale;
    }
  }
  return best;
}

/** Who the paper is for, said in its header: the partner's copy, or ours alone. */
export const PRINT_AUDIENCE_LABELS: Record<Audience, string> = {
  partner: AUDIENCE_LABELS.partner,
  internal: `${AUDIENCE_LABELS.internal} — our team only`,
};

/**
 * Text as a CSS string: quotes and backslashes escaped, control characters (a line break in a
 * partner's name) as hex escapes, so no text can end the string or the rule around it.
 */
export function cssString(text: string): string {
  let escaped = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === '\\' || char === '"') escaped += `\\${char}`;
    else if (code < 0x20 || code === 0x7f) escaped += `\\${code.toString(16)} `;
    else escaped += char;
  }
  return `"${escaped}"`;
}

/**
 * The page's header, one rule for every page: the partner and the day on the left, who it is
 * for on the right. The page numbers and the look of both are fixed (print-view.css).
 */
export function pageHeaderCss({
  partner,
  day,
  audience,
}: {
  partner: string;
  day: string;
  audience: Audience;
}): string {
  return [
    '@page {',
    `  @top-left { content: ${cssString(`${partner} · ${day}`)}; }`,
    `  @top-right { content: ${cssString(PRINT_AUDIENCE_LABELS[audience])}; }`,
    '}',
  ].join('\n');
}
