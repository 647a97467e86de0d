import type { DeckCard } from './deck';
import type { LinkKind } from './link-terms';
import { TYPE_SHORT_LABELS } from './milestone-labels';
import { DANGER, DANGER_SOFT, INK, LINE, MUTED, PAPER, PATH_COLORS, typeColor } from './palette';
import { lanesOf, routeArrow, type Box } from './path-geometry';
import { stepOf } from './pathways';
import type { Link } from './schema';
import { ellipsize, fitText, type Measure } from './text-fit';

/**
 * The pieces a board picture is drawn with: boxes and single lines of text, placed in pixels.
 * Text is already wrapped and cut to its box, so a writer only has to place it (as SVG here,
 * a PNG through it); nothing is left to the renderer's own line breaking.
 */
export interface PictureRect {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  /** '#rrggbb' */
  fill?: string;
  stroke?: string;
  radius?: number;
}

export interface PictureText {
  kind: 'text';
  x: number;
  /** The baseline. */
  y: number;
  text: string;
  size: number;
  bold: boolean;
  color: string;
  /** Where x is: at the start of the line (the default) or its end. */
  anchor?: 'start' | 'end';
}

/** A pathway's arrow (issue 17): its curve and its head, both in numbers only. */
export interface PicturePath {
  kind: 'path';
  /** The curve, as an SVG path. */
  d: string;
  /** The arrowhead, as an SVG polygon's points. */
  head: string;
  color: string;
  dashed: boolean;
  /** An open head is filled with the card's white and outlined. */
  headFilled: boolean;
}

export type PictureItem = PictureRect | PictureText | PicturePath;

export interface Picture {
  width: number;
  height: number;
  items: PictureItem[];
}

export const hex = (color: string) => `#${color}`;

/** Lines of text in a box from `top`, each `lineHeight` tall, set on its baseline. */
export function textLines(
  lines: readonly string[],
  at: { x: number; top: number; size: number; lineHeight: number; bold?: boolean; color?: string },
): PictureText[] {
  const { x, top, size, lineHeight, bold = false, color = INK } = at;
  // The baseline of a system sans sits about 0.8 of the type size below the top of its letters.
  const baseline = top + (lineHeight - size) / 2 + size * 0.8;
  return lines.map((text, i) => ({
    kind: 'text',
    x,
    y: baseline + i * lineHeight,
    text,
    size,
    bold,
    color: hex(color),
  }));
}

/** Card type sizes: a title is never set below 18 px on a 1600 px wide picture. */
export const CARD = {
  pad: 12,
  stripe: 6,
  tagSize: 16,
  tagLine: 22,
  titleSizes: [20, 19, 18],
  titleLine: 1.2,
  metaSize: 16,
  metaLine: 22,
  gap: 5,
} as const;

/** The rung as a card shows it: short, or the team's own name for a custom type. */
export function cardTypeLabel(card: DeckCard): string {
  if (card.type && card.type !== 'custom') return TYPE_SHORT_LABELS[card.type];
  return card.typeLabel || TYPE_SHORT_LABELS.custom;
}

/** The line under a title: dots, confidence, status, owner. */
const metaLine = (card: DeckCard) =>
  [
    card.dots > 0 && `${card.dots} ${card.dots === 1 ? 'dot' : 'dots'}`,
    card.confidence.replace(/ confident$/, ''),
    card.status,
    card.owner,
  ]
    .filter(Boolean)
    .join(' · ');

/** How tall a card is whose title takes `lines` lines. */
export const cardHeight = (lines: number) =>
  2 * CARD.pad +
  CARD.tagLine +
  CARD.gap +
  Math.ceil(lines * CARD.titleSizes[0] * CARD.titleLine) +
  CARD.gap +
  CARD.metaLine;

/** The title's lines in a card `width` wide, in at most `maxLines`. */
export const cardTitle = (card: DeckCard, width: number, maxLines: number, measure: Measure) =>
  fitText(
    card.title,
    { width: width - CARD.pad * 2 - CARD.stripe, maxLines, sizes: CARD.titleSizes, bold: true },
    measure,
  );

/** "Internal" and "Example" in words, right-aligned on the card's first line; their width. */
function cardMarks(card: DeckCard, right: number, top: number, measure: Measure) {
  const items: PictureItem[] = [];
  let x = right;
  const mark = (text: string, color: string, fill?: string) => {
    const width = measure(text, CARD.tagSize, true) + (fill ? 14 : 0);
    if (fill)
      items.push({
        kind: 'rect',
        x: x - width,
        y: top,
        width,
        height: CARD.tagLine,
        fill: hex(fill),
        radius: 4,
      });
    items.push(
      ...textLines([text], {
        x: x - width + (fill ? 7 : 0),
        top,
        size: CARD.tagSize,
        lineHeight: CARD.tagLine,
        bold: true,
        color,
      }),
    );
    x -= width + 8;
  };
  if (card.internal) mark('Internal', DANGER, DANGER_SOFT);
  if (card.example) mark('Example', MUTED);
  return { items, width: right - x };
}

/** One milestone: its type in words and colour, marks, title, and the line under it. */
export function cardItems(
  card: DeckCard,
  box: { x: number; y: number; width: number; height: number; maxLines: number },
  measure: Measure,
): PictureItem[] {
  const { x, y, width, height } = box;
  const color = typeColor(card);
  const left = x + CARD.stripe + CARD.pad;
  const inner = width - CARD.stripe - CARD.pad * 2;
  let top = y + CARD.pad;
  const marks = cardMarks(card, x + width - CARD.pad, top, measure);
  const tagStyle = { size: CARD.tagSize, bold: true };
  const title = cardTitle(card, width, box.maxLines, measure);
  const items: PictureItem[] = [
    { kind: 'rect', x, y, width, height, fill: hex(PAPER), stroke: hex(LINE), radius: 8 },
    { kind: 'rect', x, y, width: CARD.stripe, height, fill: hex(color), radius: 3 },
    ...marks.items,
    ...textLines([ellipsize(cardTypeLabel(card), inner - marks.width, tagStyle, measure)], {
      x: left,
      top,
      size: CARD.tagSize,
      lineHeight: CARD.tagLine,
      bold: true,
      color,
    }),
  ];
  top += CARD.tagLine + CARD.gap;
  const lineHeight = Math.round(title.size * CARD.titleLine);
  items.push(...textLines(title.lines, { x: left, top, size: title.size, lineHeight, bold: true }));
  top = y + height - CARD.pad - CARD.metaLine;
  const meta = ellipsize(metaLine(card), inner, { size: CARD.metaSize, bold: false }, measure);
  items.push(
    ...textLines([meta], {
      x: left,
      top,
      size: CARD.metaSize,
      lineHeight: CARD.metaLine,
      color: MUTED,
    }),
  );
  return items;
}

/** Colour and line say the kind, as on the board. */
const PATH_STYLES: Record<LinkKind, Pick<PicturePath, 'color' | 'dashed' | 'headFilled'>> = {
  'leads-to': { color: `#${PATH_COLORS['leads-to']}`, dashed: false, headFilled: true },
  'depends-on': { color: `#${PATH_COLORS['depends-on']}`, dashed: true, headFilled: false },
};

/**
 * An arrow for each link whose two cards are both in `boxes` (by milestone id), from the one
 * that lands first, round the cards of the columns it skips: a card on another slide leaves
 * its links out rather than point nowhere.
 */
export function pathItems(links: readonly Link[], boxes: ReadonlyMap<string, Box>): PicturePath[] {
  const lanes = links.length ? lanesOf(boxes.values()) : [];
  return links.flatMap((link) => {
    const { before, after } = stepOf(link);
    const from = boxes.get(before);
    const to = boxes.get(after);
    if (!from || !to) return [];
    const { d, head } = routeArrow(from, to, lanes);
    return [{ kind: 'path', d, head, ...PATH_STYLES[link.kind] }];
  });
}
