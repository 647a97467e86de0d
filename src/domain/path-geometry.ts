/**
 * Where a pathway's arrows go on screen (issue 17): pure geometry over boxes the page has
 * measured, so it can be tested without a page. Arrows leave a card's side and enter the
 * other card's facing side along a smooth curve with level ends, so they cross the gutters
 * between columns straight and meet cards square. Between two cards of one column the arrow
 * bows out into the gutter on the right and comes back, clear of the cards' text.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Arrow {
  /** The curve, as an SVG path. */
  d: string;
  /** The arrowhead at the end, as an SVG polygon's points. */
  head: string;
  start: Point;
  end: Point;
}

/** How far the arrowhead reaches back along the curve, and how wide it is. */
const HEAD_LENGTH = 9;
const HEAD_WIDTH = 7;
/** How far an arrow between two cards of one column bows into the gutter. */
const BOW_MIN = 18;
const BOW_MAX = 44;

const round = (n: number) => Math.round(n * 10) / 10;
const middle = (box: Box) => box.y + box.height / 2;

/** Which side of `from` faces `to`: right when `to` begins after `from` ends, left when before. */
export function facing(from: Box, to: Box): 'right' | 'left' | 'same' {
  if (to.x >= from.x + from.width) return 'right';
  if (to.x + to.width <= from.x) return 'left';
  return 'same';
}

/** The arrowhead whose tip is `tip`, pointing along the direction from `back` to `tip`. */
export function arrowHead(tip: Point, back: Point): string {
  const dx = tip.x - back.x;
  const dy = tip.y - back.y;
  const length = Math.hypot(dx, dy) || 1;
  const [ux, uy] = [dx / length, dy / length];
  const base = { x: tip.x - ux * HEAD_LENGTH, y: tip.y - uy * HEAD_LENGTH };
  const [px, py] = [(-uy * HEAD_WIDTH) / 2, (ux * HEAD_WIDTH) / 2];
  return [tip, { x: base.x + px, y: base.y + py }, { x: base.x - px, y: base.y - py }]
    .map((p) => `${round(p.x)},${round(p.y)}`)
    .join(' ');
}

/** The arrow from one card's box to another's. */
export function routeArrow(from: Box, to: Box): Arrow {
  const side = facing(from, to);
  if (side === 'same') {
    const start = { x: from.x + from.width, y: middle(from) };
    const end = { x: to.x + to.width, y: middle(to) };
    const bow = Math.min(BOW_MAX, BOW_MIN + Math.abs(end.y - start.y) / 8);
    const c1 = { x: start.x + bow, y: start.y };
    const c2 = { x: end.x + bow, y: end.y };
    return curve(start, c1, c2, end);
  }
  const right = side === 'right';
  const start = { x: right ? from.x + from.width : from.x, y: middle(from) };
  const end = { x: right ? to.x : to.x + to.width, y: middle(to) };
  // Level ends: the handles reach half the way across, never less than a gutter's width.
  const reach = Math.max(24, Math.abs(end.x - start.x) / 2) * (right ? 1 : -1);
  return curve(start, { x: start.x + reach, y: start.y }, { x: end.x - reach, y: end.y }, end);
}

function curve(start: Point, c1: Point, c2: Point, end: Point): Arrow {
  const p = (q: Point) => `${round(q.x)} ${round(q.y)}`;
  return { d: `M${p(start)} C${p(c1)} ${p(c2)} ${p(end)}`, head: arrowHead(end, c2), start, end };
}

/** How far in from the list's top or bottom edge an off-screen arrow ends. */
const PORT_INSET = 10;

/**
 * Where an arrow ends when its card is scrolled out of its column's view: just inside the
 * edge of the column's visible list that the card is beyond (top or bottom), on the side of
 * the column facing the other card, so the arrow does not cross the column's cards. `index`
 * is the card's place in the column, `shown` the first place in view.
 */
export function offScreenPort(
  list: Box,
  index: number,
  firstShown: number,
  other: Box,
): { box: Box; side: 'above' | 'below' } {
  const side = index < firstShown ? 'above' : 'below';
  const y = side === 'above' ? list.y + PORT_INSET : list.y + list.height - PORT_INSET;
  const x = facing(list, other) === 'left' ? list.x : list.x + list.width;
  return { box: { x, y, width: 0, height: 0 }, side };
}

/** Whether a card's box shows within its list's visible box (a card half in view counts). */
export function inView(card: Box, list: Box): boolean {
  const mid = middle(card);
  return mid >= list.y && mid <= list.y + list.height;
}
