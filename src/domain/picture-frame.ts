import type { DeckColumn } from './deck';
import { MILESTONE_TYPES, type MilestoneType } from './ladder';
import { TYPE_NOT_SET, TYPE_SHORT_LABELS } from './milestone-labels';
import { DANGER, DANGER_SOFT, INK, LINE, MUTED, TYPE_COLORS } from './palette';
import {
  hex,
  textLines,
  type PictureItem,
  type PictureRect,
  type PictureText,
} from './picture-parts';
import type { Board } from './schema';
import { shownResult } from './voting';
import { ellipsize, fitText, type Measure } from './text-fit';

/**
 * What frames every board picture: the partner and the vision on top, a key and a line of
 * values and votes at the foot. Made from the board it is given only, so a picture for the
 * partner names nothing that was left out of it.
 */
export interface PictureFrame {
  partner: string;
  vision: string;
  /** "Internal: for our team only" goes in the header. */
  internal: boolean;
  legend: { label: string; color: string }[];
  /** Some card shows a confidence: the key says what the number means. */
  confidence: boolean;
  values: string;
  topVoted: string;
}

export const INTERNAL_MARK = 'Internal: for our team only';
export const MARGIN = 48;
const TOP = 36;
const FOOT_SIZE = 17;
const FOOT_LINE = 26;

const line = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The frame of a board's pictures; `internal` when it is for our team and holds internal items. */
export function frameOf(
  board: Board,
  columns: readonly DeckColumn[],
  internal: boolean,
): PictureFrame {
  const cards = columns.flatMap((c) => c.cards);
  const types = new Set<MilestoneType | undefined>(cards.map((c) => c.type));
  const legend = [...MILESTONE_TYPES, undefined]
    .filter((type) => types.has(type))
    .map((type) => ({
      label: type ? TYPE_SHORT_LABELS[type] : TYPE_NOT_SET,
      color: TYPE_COLORS[type ?? 'unset'],
    }));
  const shared = [
    ...new Set(board.values.filter((v) => v.alignment === 'shared').map((v) => line(v.text))),
  ];
  const top = shownResult(board)?.ranked.slice(0, 3) ?? [];
  return {
    partner: line(board.partner.name || board.title),
    vision: line(board.vision),
    internal,
    legend,
    confidence: cards.some((c) => c.confidence !== ''),
    values: shared.filter(Boolean).length
      ? `Shared values: ${shared.filter(Boolean).join(', ')}`
      : '',
    topVoted: top.length
      ? `Top voted: ${top.map((r, i) => `${line(r.title)} (${i === 0 ? `${r.dots} ${r.dots === 1 ? 'dot' : 'dots'}` : r.dots})`).join(', ')}`
      : '',
  };
}

/** Items drawn from y = 0, moved down by `dy`. */
export const shifted = <T extends PictureRect | PictureText>(
  items: readonly T[],
  dy: number,
): T[] => items.map((item) => ({ ...item, y: item.y + dy }));

/** The partner's name, "1 of 3" and the internal mark on one line; the vision under them. */
export function headerItems(
  frame: PictureFrame,
  width: number,
  page: { index: number; count: number },
  measure: Measure,
): { items: PictureItem[]; height: number } {
  const items: PictureItem[] = [];
  let right = width - MARGIN;
  if (frame.internal) {
    const w = measure(INTERNAL_MARK, 20, true) + 28;
    items.push(
      {
        kind: 'rect',
        x: right - w,
        y: TOP + 8,
        width: w,
        height: 40,
        fill: hex(DANGER_SOFT),
        stroke: hex(DANGER),
        radius: 8,
      },
      ...textLines([INTERNAL_MARK], {
        x: right - w + 14,
        top: TOP + 8,
        size: 20,
        lineHeight: 40,
        bold: true,
        color: DANGER,
      }),
    );
    right -= w + 20;
  }
  if (page.count > 1) {
    const text = `${page.index} of ${page.count}`;
    const w = measure(text, 20, false);
    items.push(
      ...textLines([text], { x: right - w, top: TOP + 8, size: 20, lineHeight: 40, color: MUTED }),
    );
    right -= w + 24;
  }
  const name = fitText(
    frame.partner,
    { width: right - MARGIN, maxLines: 1, sizes: [44, 40, 36, 32], bold: true },
    measure,
  );
  items.push(
    ...textLines(name.lines, { x: MARGIN, top: TOP, size: name.size, lineHeight: 56, bold: true }),
  );
  let height = TOP + 56;
  if (frame.vision) {
    const vision = fitText(
      `Vision: ${frame.vision}`,
      { width: width - 2 * MARGIN, maxLines: 3, sizes: [26, 24, 22, 20], bold: false },
      measure,
    );
    const lineHeight = Math.round(vision.size * 1.3);
    items.push(
      ...textLines(vision.lines, { x: MARGIN, top: height + 6, size: vision.size, lineHeight }),
    );
    height += 6 + vision.lines.length * lineHeight;
  }
  return { items, height: height + 22 };
}

/** The key (a swatch and a name for each type shown, what confidence means), values, votes. */
export function footerItems(
  frame: PictureFrame,
  width: number,
  measure: Measure,
): { items: (PictureRect | PictureText)[]; height: number } {
  const inner = width - 2 * MARGIN;
  const items: (PictureRect | PictureText)[] = [
    { kind: 'rect', x: MARGIN, y: 0, width: inner, height: 1, fill: hex(LINE) },
  ];
  const keys = [
    ...frame.legend.map((key) => ({ ...key, text: key.label })),
    ...(frame.confidence ? [{ label: '', color: '', text: '80 % = how sure we are' }] : []),
  ];
  let row = 0;
  let x = MARGIN;
  for (const key of keys) {
    const w = (key.color ? 24 : 0) + measure(key.text, FOOT_SIZE, false);
    if (x > MARGIN && x + w > width - MARGIN) {
      row++;
      x = MARGIN;
    }
    const top = 14 + row * FOOT_LINE;
    if (key.color)
      items.push({
        kind: 'rect',
        x,
        y: top + 6,
        width: 14,
        height: 14,
        fill: hex(key.color),
        radius: 3,
      });
    const text = ellipsize(key.text, inner, { size: FOOT_SIZE, bold: false }, measure);
    items.push(
      ...textLines([text], {
        x: x + (key.color ? 24 : 0),
        top,
        size: FOOT_SIZE,
        lineHeight: FOOT_LINE,
        color: key.color ? INK : MUTED,
      }),
    );
    x += w + 32;
  }
  const rows = keys.length ? row + 1 : 0;
  const lines = [frame.values, frame.topVoted]
    .filter(Boolean)
    .map((text) => ellipsize(text, inner, { size: FOOT_SIZE, bold: false }, measure));
  items.push(
    ...textLines(lines, {
      x: MARGIN,
      top: 14 + rows * FOOT_LINE,
      size: FOOT_SIZE,
      lineHeight: FOOT_LINE,
    }),
  );
  return { items, height: 14 + (rows + lines.length) * FOOT_LINE + 12 };
}
