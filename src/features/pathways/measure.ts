import { containerOf, milestoneOrder, placeName } from '../../domain/milestones';
import { stepOf, linksOf } from '../../domain/pathways';
import {
  besideView,
  inView,
  lanesOf,
  middle,
  offScreenPort,
  routeArrow,
  sidePort,
  type Box,
} from '../../domain/path-geometry';
import type { Board } from '../../domain/schema';
import type { ArrowShape } from '../../ui/board/path-arrows';

/**
 * Reads where the board's cards are on the page and turns the links between them into
 * arrows (path-geometry.ts does the geometry), round the cards of the columns they skip.
 * Only what can be seen is drawn: a link with
 * both cards out of sight has no arrow, and one with a card scrolled out of its column ends
 * at that column's edge, with a marker that brings the card into sight.
 */

export interface OffScreenMarker {
  key: string;
  /** The card out of sight, and the list that holds it. */
  milestoneId: string;
  list: Element;
  /** Where the card is: up or down its column, or in a horizon out of sight to one side. */
  side: 'above' | 'below' | 'left' | 'right';
  /** The horizon it is in, for a card out of sight to one side. */
  place: string;
  /** Where the marker sits, and which way from there it reaches into its column. */
  x: number;
  y: number;
  align: 'left' | 'right';
}

export interface Drawing {
  arrows: ArrowShape[];
  markers: OffScreenMarker[];
}

interface SeenCard {
  box: Box;
  /** In sight: in its list's view, and its column in the board's. */
  visible: boolean;
  /** In its list's view, wherever the board is scrolled sideways. */
  inList: boolean;
}

interface SeenList {
  element: Element;
  box: Box;
  /** The stored place of the first card in view; undefined when none is. */
  firstShown: number | undefined;
}

/** Reads the boxes of cards and lists in `layer`'s coordinates: those of its content. */
export function reader(container: HTMLElement) {
  const outer = container.getBoundingClientRect();
  const ox = outer.left + container.clientLeft - container.scrollLeft;
  const oy = outer.top + container.clientTop - container.scrollTop;
  return (element: Element): Box => {
    const r = element.getBoundingClientRect();
    return { x: r.left - ox, y: r.top - oy, width: r.width, height: r.height };
  };
}

/** How far apart markers at the view's side edges sit: a little more than one's height. */
const SIDE_MARKER = 26;

const placesCache = new WeakMap<Board['milestones'], Map<string, number>>();

/** Each milestone's place in its column, as stored (the order a column shows, unfiltered);
 * worked out once per change of the milestones, not on every frame of a scroll. */
function storedPlaces(board: Board): Map<string, number> {
  let places = placesCache.get(board.milestones);
  if (places) return places;
  places = new Map<string, number>();
  for (const ids of milestoneOrder(board).values()) ids.forEach((id, i) => places!.set(id, i));
  placesCache.set(board.milestones, places);
  return places;
}

/** A point of the screen (a pointer's) in the layer's coordinates. */
export function pointIn(container: HTMLElement, clientX: number, clientY: number) {
  const outer = container.getBoundingClientRect();
  return {
    x: clientX - outer.left - container.clientLeft + container.scrollLeft,
    y: clientY - outer.top - container.clientTop + container.scrollTop,
  };
}

/** What a drawing is read from: the cards and lists on the page, and the board's view. */
interface Seen {
  container: HTMLElement;
  board: Board;
  view: Box;
  places: Map<string, number>;
  cards: Map<string, SeenCard>;
  lists: Map<string, SeenList>;
  listOf: (element: Element | null) => SeenList | undefined;
}

/** Reads every mounted card's box, and those of the lists holding them, once. */
function see(container: HTMLElement, board: Board): Seen {
  const boxOf = reader(container);
  // What the board shows of its content: a phone shows one horizon, a wide board scrolls.
  const view: Box = {
    x: container.scrollLeft,
    y: container.scrollTop,
    width: container.clientWidth,
    height: container.clientHeight,
  };
  const places = storedPlaces(board);
  const cards = new Map<string, SeenCard>();
  const lists = new Map<string, SeenList>();
  const listOf = (element: Element | null): SeenList | undefined => {
    const columnId = element?.getAttribute('data-card-list');
    if (!element || !columnId) return undefined;
    let list = lists.get(columnId);
    if (!list)
      lists.set(columnId, (list = { element, box: boxOf(element), firstShown: undefined }));
    return list;
  };
  for (const element of container.querySelectorAll('[data-milestone-id]')) {
    const id = element.getAttribute('data-milestone-id')!;
    const box = boxOf(element);
    const list = listOf(element.closest('[data-card-list]'));
    const inList = !list || inView(box, list.box);
    if (inList && list) {
      const place = places.get(id) ?? 0;
      list.firstShown = Math.min(list.firstShown ?? place, place);
    }
    cards.set(id, { box, inList, visible: inList && !(list && besideView(list.box, view)) });
  }
  return { container, board, view, places, cards, lists, listOf };
}

/**
 * The ends of arrows whose cards are out of sight, each with its marker: at the edge of the
 * card's list it is beyond (up or down), or at the board view's edge when its horizon is out
 * of sight to one side. Markers at one place stack away from the edge, a few at most.
 */
function portsOf({ container, board, view, places, cards, lists, listOf }: Seen) {
  const markers: OffScreenMarker[] = [];
  const perEdge = new Map<string, number>();
  const sides = { left: [] as number[], right: [] as number[] };
  const marked = new Set<string>();
  const ported = new Map<string, Box>();
  const port = (id: string, other: Box): Box | undefined => {
    const milestone = board.milestones[id];
    if (!milestone) return undefined;
    const columnId = containerOf(milestone);
    const list =
      lists.get(columnId) ??
      listOf(container.querySelector(`[data-card-list="${CSS.escape(columnId)}"]`));
    if (!list) return undefined;
    const up = offScreenPort(
      list.box,
      places.get(id) ?? 0,
      list.firstShown ?? Number.POSITIVE_INFINITY,
      other,
    );
    const aside = besideView(list.box, view);
    const seen = cards.get(id);
    const box = aside ? sidePort(view, aside, seen?.inList ? middle(seen.box) : up.box.y) : up.box;
    const side = aside ?? up.side;
    // A card's second link from the same side ends where its first does, at its marker.
    const again = ported.get(`${id} ${side} ${box.x}`);
    if (again) return again;
    const edge = `${columnId} ${side} ${Math.round(box.y)}`;
    const stacked = perEdge.get(edge) ?? 0;
    perEdge.set(edge, stacked + 1);
    let y = box.y + Math.min(stacked, 3) * 28 * (side === 'below' ? -1 : 1);
    // The view's two edges are shared by every horizon out of sight: no marker on another.
    if (aside) {
      const taken = sides[aside];
      while (taken.some((at) => Math.abs(at - y) < SIDE_MARKER)) y += SIDE_MARKER;
      taken.push(y);
    }
    const align = aside ?? (box.x === list.box.x ? 'left' : 'right');
    if (!marked.has(id) && marked.add(id))
      markers.push({
        key: `${id} ${edge}`,
        milestoneId: id,
        list: list.element,
        side,
        place: placeName(columnId, board),
        x: box.x,
        y,
        align,
      });
    const end = { ...box, y };
    ported.set(`${id} ${side} ${box.x}`, end);
    return end;
  };
  return { port, markers };
}

export function measurePaths(container: HTMLElement, board: Board): Drawing {
  const seen = see(container, board);
  const { cards, lists } = seen;
  // The columns an arrow may skip: their cards mounted, free heights within their lists' view.
  const lanes = lanesOf(
    [...cards.values()].map((card) => card.box),
    [...lists.values()].map((list) => list.box),
  );
  const { port, markers } = portsOf(seen);
  const arrows: ArrowShape[] = [];
  for (const link of linksOf(board)) {
    const { before, after } = stepOf(link);
    const first = cards.get(before);
    const then = cards.get(after);
    const seenFirst = first?.visible ? first.box : undefined;
    const seenThen = then?.visible ? then.box : undefined;
    if (!seenFirst && !seenThen) continue;
    const from = seenFirst ?? port(before, seenThen!);
    const to = seenThen ?? port(after, seenFirst!);
    if (!from || !to) continue;
    arrows.push({ id: link.id, kind: link.kind, ...routeArrow(from, to, lanes) });
  }
  return { arrows, markers };
}
