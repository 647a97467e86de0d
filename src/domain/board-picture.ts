import { columnsOf, type DeckCard, type DeckColumn } from './deck';
import { hasInternal } from './audience';
import { INK, MUTED, SUNKEN } from './palette';
import { linksOf } from './pathways';
import { packColumns, type PackedSlice } from './picture-pack';
import {
  MARGIN,
  footerItems,
  frameOf,
  headerItems,
  shifted,
  type PictureFrame,
} from './picture-frame';
import {
  cardHeight,
  cardItems,
  cardTitle,
  hex,
  pathItems,
  textLines,
  type Picture,
  type PictureItem,
} from './picture-parts';
import type { Board, Link } from './schema';
import { ellipsize, type Measure } from './text-fit';

/**
 * A board as pictures for slides and documents, laid out in pixels once and written as SVG or
 * PNG by the sharing feature. Two shapes:
 * - `slide`: 1600 × 900 (16:9), type large enough to read on a projected slide; a board that
 *   does not fit is split into several pictures by horizons (picture-pack.ts).
 * - `board`: the whole board in one picture, every horizon side by side, as tall as it needs.
 */
export type PictureShape = 'slide' | 'board';

export const SLIDE_WIDTH = 1600;
export const SLIDE_HEIGHT = 900;
/** Columns side by side on a slide, and how wide one may grow when there are fewer. */
export const SLIDE_SLOTS = 5;
const MAX_SLOT = 480;
const BOARD_COLUMN = 340;
const GAP = 16;
const COLUMN_PAD = 10;
const COLUMN_HEAD = 46;
const BOTTOM = 20;

export interface PictureOptions {
  shape: PictureShape;
  measure: Measure;
  /** For our team: the header says so when the board holds internal items. */
  internal: boolean;
}

/** A column heading: the horizon's name, then its time frame when there is room. */
function columnItems(
  column: { title: string; timeframe: string; empty: boolean },
  box: { x: number; y: number; width: number; height: number },
  measure: Measure,
): PictureItem[] {
  const { x, y, width, height } = box;
  const inner = width - 2 * 14;
  const title = ellipsize(column.title, inner, { size: 22, bold: true }, measure);
  const items: PictureItem[] = [
    { kind: 'rect', x, y, width, height, fill: hex(SUNKEN), radius: 12 },
    ...textLines([title], {
      x: x + 14,
      top: y + 8,
      size: 22,
      lineHeight: 32,
      bold: true,
      color: INK,
    }),
  ];
  const room = inner - measure(title, 22, true) - 12;
  if (column.timeframe && room > 60) {
    const timeframe = ellipsize(column.timeframe, room, { size: 17, bold: false }, measure);
    items.push(
      ...textLines([timeframe], {
        x: x + width - 14 - room,
        top: y + 8,
        size: 17,
        lineHeight: 32,
        color: MUTED,
      }),
    );
  }
  if (column.empty)
    items.push(
      ...textLines(['No milestones'], {
        x: x + 14,
        top: y + COLUMN_HEAD,
        size: 18,
        lineHeight: 26,
        color: MUTED,
      }),
    );
  return items;
}

/** A card where the layout put it. */
interface Placed {
  card: DeckCard;
  box: { x: number; y: number; width: number; height: number; maxLines: number };
}

/** The columns, the pathways' arrows over them, then the cards: no arrow covers a word. */
function layered(
  columns: readonly PictureItem[],
  placed: readonly Placed[],
  links: readonly Link[],
  measure: Measure,
): PictureItem[] {
  const boxes = new Map(placed.map(({ card, box }) => [card.id, box]));
  return [
    ...columns,
    ...pathItems(links, boxes),
    ...placed.flatMap(({ card, box }) => cardItems(card, box, measure)),
  ];
}

const sliceTitle = (column: DeckColumn, slice: PackedSlice) =>
  slice.parts > 1 ? `${column.title} (${slice.part} of ${slice.parts})` : column.title;

/** One slide: its slices of columns side by side, their cards down and then across. */
function slideItems(
  columns: readonly DeckColumn[],
  slices: readonly PackedSlice[],
  area: { top: number; bottom: number; rows: number },
  { links, measure }: { links: readonly Link[]; measure: Measure },
): PictureItem[] {
  const used = Math.max(
    1,
    slices.reduce((sum, s) => sum + s.slots, 0),
  );
  const slot = Math.min(MAX_SLOT, (SLIDE_WIDTH - 2 * MARGIN - (used - 1) * GAP) / used);
  const height = cardHeight(2);
  const under: PictureItem[] = [];
  const placed: Placed[] = [];
  let x = MARGIN;
  for (const slice of slices) {
    const column = columns[slice.column]!;
    const width = slice.slots * slot + (slice.slots - 1) * GAP;
    const box = { x, y: area.top, width, height: area.bottom - area.top };
    const cards = column.cards.slice(slice.from, slice.to);
    under.push(
      ...columnItems(
        { title: sliceTitle(column, slice), timeframe: column.timeframe, empty: !cards.length },
        box,
        measure,
      ),
    );
    cards.forEach((card, i) => {
      const across = Math.floor(i / area.rows);
      const down = i % area.rows;
      const at = {
        x: x + across * (slot + GAP) + COLUMN_PAD,
        y: area.top + COLUMN_HEAD + down * (height + COLUMN_PAD),
        width: slot - 2 * COLUMN_PAD,
        height,
        maxLines: 2,
      };
      placed.push({ card, box: at });
    });
    x += width + GAP;
  }
  return layered(under, placed, links, measure);
}

function slides(
  columns: readonly DeckColumn[],
  frame: PictureFrame,
  { links, measure }: { links: readonly Link[]; measure: Measure },
): Picture[] {
  const top = headerItems(frame, SLIDE_WIDTH, { index: 1, count: 2 }, measure).height;
  const footer = footerItems(frame, SLIDE_WIDTH, measure);
  const footerTop = SLIDE_HEIGHT - BOTTOM - footer.height;
  const bottom = footerTop - GAP;
  const step = cardHeight(2) + COLUMN_PAD;
  const rows = Math.max(1, Math.floor((bottom - top - COLUMN_HEAD) / step));
  // The column ends just below its last possible row of cards.
  const area = { top, bottom: top + COLUMN_HEAD + rows * step, rows };
  const packed = packColumns(
    columns.map((c) => c.cards.length),
    { slots: SLIDE_SLOTS, rows },
  );
  return packed.map((slices, i) => ({
    width: SLIDE_WIDTH,
    height: SLIDE_HEIGHT,
    items: [
      ...headerItems(frame, SLIDE_WIDTH, { index: i + 1, count: packed.length }, measure).items,
      ...slideItems(columns, slices, area, { links, measure }),
      ...shifted(footer.items, footerTop),
    ],
  }));
}

/** Titles on the whole board wrap to as many as four lines: it has the room. */
const BOARD_TITLE_LINES = 4;

function wholeBoard(
  columns: readonly DeckColumn[],
  frame: PictureFrame,
  { links, measure }: { links: readonly Link[]; measure: Measure },
): Picture {
  const count = Math.max(1, columns.length);
  const width = Math.max(SLIDE_WIDTH, 2 * MARGIN + count * BOARD_COLUMN + (count - 1) * GAP);
  const columnWidth = (width - 2 * MARGIN - (count - 1) * GAP) / count;
  const cardWidth = columnWidth - 2 * COLUMN_PAD;
  const header = headerItems(frame, width, { index: 1, count: 1 }, measure);
  const heightOf = (card: DeckCard) =>
    cardHeight(cardTitle(card, cardWidth, BOARD_TITLE_LINES, measure).lines.length);
  const stacks = columns.map((c) => c.cards.map(heightOf));
  const tallest = Math.max(
    40,
    ...stacks.map((heights) => heights.reduce((sum, h) => sum + h + COLUMN_PAD, 0)),
  );
  const columnHeight = COLUMN_HEAD + tallest;
  const footer = footerItems(frame, width, measure);
  const footerTop = header.height + columnHeight + GAP + 8;
  const under: PictureItem[] = [];
  const placed: Placed[] = [];
  columns.forEach((column, i) => {
    const x = MARGIN + i * (columnWidth + GAP);
    const box = { x, y: header.height, width: columnWidth, height: columnHeight };
    under.push(...columnItems({ ...column, empty: !column.cards.length }, box, measure));
    let y = header.height + COLUMN_HEAD;
    column.cards.forEach((card, j) => {
      const height = stacks[i]![j]!;
      const at = { x: x + COLUMN_PAD, y, width: cardWidth, height, maxLines: BOARD_TITLE_LINES };
      placed.push({ card, box: at });
      y += height + COLUMN_PAD;
    });
  });
  return {
    width,
    height: footerTop + footer.height + BOTTOM,
    items: [
      ...header.items,
      ...layered(under, placed, links, measure),
      ...shifted(footer.items, footerTop),
    ],
  };
}

/** The pictures of a board as its audience may see it: one, or several slides in order. */
export function boardPictures(
  board: Board,
  { shape, measure, internal }: PictureOptions,
): Picture[] {
  const columns = columnsOf(board, (day) => day);
  const frame = frameOf(board, columns, internal && hasInternal(board));
  const drawing = { links: linksOf(board), measure };
  return shape === 'slide'
    ? slides(columns, frame, drawing)
    : [wholeBoard(columns, frame, drawing)];
}

export type { Picture, PictureItem, PicturePath } from './picture-parts';
