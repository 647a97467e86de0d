import { containerOf, milestoneOrder } from '../../domain/milestones';
import { stepOf, linksOf } from '../../domain/pathways';
import { inView, lanesOf, offScreenPort, routeArrow, type Box } from '../../domain/path-geometry';
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
  side: 'above' | 'below';
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
  visible: boolean;
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

export function measurePaths(container: HTMLElement, board: Board): Drawing {
  const boxOf = reader(container);
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
    const visible = !list || inView(box, list.box);
    if (visible && list) {
      const place = places.get(id) ?? 0;
      list.firstShown = Math.min(list.firstShown ?? place, place);
    }
    cards.set(id, { box, visible });
  }
  // The columns an arrow may skip: their cards mounted, free heights within their lists' view.
  const lanes = lanesOf(
    [...cards.values()].map((card) => card.box),
    [...lists.values()].map((list) => list.box),
  );
  const arrows: ArrowShape[] = [];
  const markers: OffScreenMarker[] = [];
  const perEdge = new Map<string, number>();
  const marked = new Set<string>();
  /** The end of an arrow whose card is out of sight, beside `other`: a marker at its column's edge. */
  const port = (id: string, other: Box): Box | undefined => {
    const milestone = board.milestones[id];
    if (!milestone) return undefined;
    const columnId = containerOf(milestone);
    const list =
      lists.get(columnId) ??
      listOf(container.querySelector(`[data-card-list="${CSS.escape(columnId)}"]`));
    if (!list) return undefined;
    const { box, side } = offScreenPort(
      list.box,
      places.get(id) ?? 0,
      list.firstShown ?? Number.POSITIVE_INFINITY,
      other,
    );
    const edge = `${columnId} ${side}`;
    const stacked = perEdge.get(edge) ?? 0;
    perEdge.set(edge, stacked + 1);
    // Markers of one edge stack inwards, a few at most; the rest share the last place.
    const y = box.y + Math.min(stacked, 3) * 28 * (side === 'above' ? 1 : -1);
    if (!marked.has(id) && marked.add(id))
      markers.push({
        key: `${id} ${edge}`,
        milestoneId: id,
        list: list.element,
        side,
        x: box.x,
        y,
        align: box.x === list.box.x ? 'left' : 'right',
      });
    return { ...box, y };
  };
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
