import type PptxGenJS from 'pptxgenjs';
import { fontSizeFor } from '../../domain/deck';
import { INK, MUTED } from '../../domain/palette';

/** How the slides look: the app's palette and type, on PowerPoint's 16:9 page. */

export const FONT = 'Calibri';
/** LAYOUT_WIDE: 13.333 × 7.5 inches. */
export const WIDTH = 13.333;
export const MARGIN = 0.5;
export const INNER = WIDTH - 2 * MARGIN;
export const MASTER = 'PARTNER_HORIZONS';
export const INTERNAL = 'Internal · our team only';

export type Slide = PptxGenJS.Slide;
export type TextRun = PptxGenJS.TextProps;

/** A slide's title, with a line under it (a horizon's timeframe and count). */
export function heading(slide: Slide, title: string, subtitle?: string) {
  slide.addText(title, {
    x: MARGIN,
    y: 0.3,
    w: INNER,
    h: 0.75,
    fontFace: FONT,
    fontSize: fontSizeFor(title, [
      [40, 32],
      [80, 26],
      [Infinity, 20],
    ]),
    bold: true,
    color: INK,
    valign: 'middle',
    margin: 0,
  });
  if (subtitle)
    slide.addText(subtitle, {
      x: MARGIN,
      y: 1.05,
      w: INNER,
      h: 0.4,
      fontFace: FONT,
      fontSize: 16,
      color: MUTED,
      margin: 0,
    });
}
