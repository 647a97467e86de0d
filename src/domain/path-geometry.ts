/**
 * Where a pathway's arrows go on screen (issue 17): pure geometry over boxes the page has
 * measured, so it can be tested without a page. Arrows leave a card's side and enter the
 * other card's facing side along a smooth curve with level ends, so they meet cards square.
 * An arrow that skips a column goes round that column's cards: it bends in the gutters and
 * crosses the column level, through the gap between two cards nearest its way (or below the
 * last), like a line on a metro map. Between two cards of one column the arrow bows out into
 * the gutter on the right and comes back, clear of the cards' text.
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

/** How far a crossing keeps off the cards on either side of its gap; a gap narrower than
 * four times this is crossed at its middle. */
const CLEAR = 3;

const round = (n: number) => Math.round(n * 10) / 10;
/** A box's middle height: where an arrow meets a card. */
export const middle = (box: Box) => box.y + box.height / 2;

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

/** A stretch of an arrow: a cubic Bézier curve (a straight run has its handles on the line). */
export interface Segment {
  from: Point;
  c1: Point;
  c2: Point;
  to: Point;
}

/** The arrow from one card's box to another's, round the cards of the `lanes` between them. */
export function routeArrow(from: Box, to: Box, lanes: readonly Lane[] = []): Arrow {
  const segments = routeSegments(from, to, lanes);
  const last = segments[segments.length - 1]!;
  const p = (q: Point) => `${round(q.x)} ${round(q.y)}`;
  const d = `M${p(segments[0]!.from)}${segments.map((s) => ` C${p(s.c1)} ${p(s.c2)} ${p(s.to)}`).join('')}`;
  return { d, head: arrowHead(last.to, last.c2), start: segments[0]!.from, end: last.to };
}

/** The stretches of the arrow `routeArrow` draws, in order. */
export function routeSegments(from: Box, to: Box, lanes: readonly Lane[] = []): Segment[] {
  const side = facing(from, to);
  if (side === 'same') {
    const start = { x: from.x + from.width, y: middle(from) };
    const end = { x: to.x + to.width, y: middle(to) };
    const bow = Math.min(BOW_MAX, BOW_MIN + Math.abs(end.y - start.y) / 8);
    return [
      {
        from: start,
        c1: { x: start.x + bow, y: start.y },
        c2: { x: end.x + bow, y: end.y },
        to: end,
      },
    ];
  }
  const right = side === 'right';
  const start = { x: right ? from.x + from.width : from.x, y: middle(from) };
  const end = { x: right ? to.x : to.x + to.width, y: middle(to) };
  const crossed = lanesBetween(lanes, start.x, end.x);
  if (!crossed.length) {
    // Level ends: the handles reach half the way across, never less than a gutter's width.
    const reach = Math.max(24, Math.abs(end.x - start.x) / 2) * (right ? 1 : -1);
    return [bend(start, end, reach)];
  }
  const segments: Segment[] = [];
  let at = start;
  for (const lane of crossed) {
    const [enter, leave] = right ? [lane.left, lane.right] : [lane.right, lane.left];
    const middleX = (lane.left + lane.right) / 2;
    const wanted = at.y + ((end.y - at.y) * (middleX - at.x)) / (end.x - at.x);
    const y = crossingAt(lane, wanted);
    const into = { x: enter, y };
    const out = { x: leave, y };
    segments.push(bend(at, into, (into.x - at.x) / 2), straight(into, out));
    at = out;
  }
  segments.push(bend(at, end, (end.x - at.x) / 2));
  return segments;
}

/** A curve from `a` to `b` leaving and arriving level, its handles `reach` along. */
function bend(a: Point, b: Point, reach: number): Segment {
  return { from: a, c1: { x: a.x + reach, y: a.y }, c2: { x: b.x - reach, y: b.y }, to: b };
}

function straight(a: Point, b: Point): Segment {
  const along = (t: number) => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });
  return { from: a, c1: along(1 / 3), c2: along(2 / 3), to: b };
}

/** The point a segment passes at `t` from 0 (its start) to 1 (its end). */
export function pointOn({ from, c1, c2, to }: Segment, t: number): Point {
  const u = 1 - t;
  const [a, b, c, d] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
  return {
    x: a * from.x + b * c1.x + c * c2.x + d * to.x,
    y: a * from.y + b * c1.y + c * c2.y + d * to.y,
  };
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

/**
 * Whether a column lies out of the board's view sideways (the board scrolled along, or a
 * phone showing one horizon at a time): its middle is beyond the view's left or right edge.
 */
export function besideView(column: Box, view: Box): 'left' | 'right' | undefined {
  const mid = column.x + column.width / 2;
  if (mid < view.x) return 'left';
  if (mid > view.x + view.width) return 'right';
  return undefined;
}

/**
 * Where an arrow ends when its card's column is out of the board's view sideways: just inside
 * the view's edge on that side, at the height `y` the card has (or its list's edge), kept
 * within the view.
 */
export function sidePort(view: Box, side: 'left' | 'right', y: number): Box {
  const x = side === 'left' ? view.x + PORT_INSET : view.x + view.width - PORT_INSET;
  const within = Math.min(Math.max(y, view.y + PORT_INSET), view.y + view.height - PORT_INSET);
  return { x, y: within, width: 0, height: 0 };
}

/** Whether a card's box shows within its list's visible box (a card half in view counts). */
export function inView(card: Box, list: Box): boolean {
  const mid = middle(card);
  return mid >= list.y && mid <= list.y + list.height;
}

/** Heights, top first. */
export interface Span {
  top: number;
  bottom: number;
}

/**
 * A column of cards an arrow may have to cross: where its cards are across, and the heights
 * free of them within its view, top first (between two cards, and below the last).
 */
export interface Lane {
  left: number;
  right: number;
  free: readonly Span[];
}

/**
 * The lanes of a view from its cards' boxes: the cards that share a left edge make a column.
 * Never above a column's first card, where its head is. `views` are the visible boxes of
 * scrolling lists: a lane inside one is free only within it.
 */
export function lanesOf(cards: Iterable<Box>, views: readonly Box[] = []): Lane[] {
  const columns = new Map<number, Box[]>();
  for (const box of cards) {
    const key = Math.round(box.x);
    const column = columns.get(key);
    if (column) column.push(box);
    else columns.set(key, [box]);
  }
  return [...columns.values()].map((boxes) => {
    boxes.sort((a, b) => a.y - b.y);
    const left = Math.min(...boxes.map((b) => b.x));
    const right = Math.max(...boxes.map((b) => b.x + b.width));
    const view = views.find((v) => v.x <= left + 1 && v.x + v.width >= right - 1);
    const [top, bottom] = view
      ? [view.y, view.y + view.height]
      : [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
    const free: Span[] = [];
    let above = boxes[0]!.y;
    for (const box of boxes) {
      if (box.y > above) free.push({ top: above, bottom: box.y });
      above = Math.max(above, box.y + box.height);
    }
    free.push({ top: above, bottom: Number.POSITIVE_INFINITY });
    const within = free.map((span) => ({
      top: Math.max(span.top, top),
      bottom: Math.min(span.bottom, bottom),
    }));
    return { left, right, free: within.filter((span) => span.bottom > span.top) };
  });
}

/** The lanes wholly between two x's, in the order an arrow from `startX` meets them. */
function lanesBetween(lanes: readonly Lane[], startX: number, endX: number): Lane[] {
  const [low, high] = startX < endX ? [startX, endX] : [endX, startX];
  const between = lanes.filter(
    (lane) => lane.left >= low && lane.right <= high && lane.free.length,
  );
  return between.sort((a, b) => (startX < endX ? a.left - b.left : b.left - a.left));
}

/** The height nearest `wanted` at which an arrow can cross `lane` clear of its cards. */
export function crossingAt(lane: Lane, wanted: number): number {
  let best = wanted;
  let distance = Number.POSITIVE_INFINITY;
  for (const { top, bottom } of lane.free) {
    const y =
      bottom - top <= 4 * CLEAR
        ? (top + bottom) / 2
        : Math.min(Math.max(wanted, top + CLEAR), bottom - CLEAR);
    if (Math.abs(y - wanted) < distance) [best, distance] = [y, Math.abs(y - wanted)];
  }
  return best;
}
