import { NO_FILTER, shownIds, type MilestoneFilter } from './filter';
import { SIDE_AREAS, milestoneOrder } from './milestones';
import type { Board } from './schema';

/**
 * Milestone ids per horizon and side area while a drag is under way. A drag moves cards in
 * this copy only; the board changes once, on drop, and a cancelled drag leaves it as it was.
 */
export type DragPreview = Record<string, readonly string[]>;

/** Where a card sits in a preview: its column and its index there. */
export interface PreviewPlace {
  column: string;
  index: number;
}

/** Where a drag starts from: the ids each column shows now, under the filter. */
export function dragPreview(board: Board, filter: MilestoneFilter = NO_FILTER): DragPreview {
  const order = milestoneOrder(board);
  const containers = [...board.horizons.map((h) => h.id), ...SIDE_AREAS.map((a) => a.id)];
  return Object.fromEntries(
    containers.map((id) => [id, shownIds(board, order.get(id) ?? [], filter)]),
  );
}

export function placeOf(preview: DragPreview, id: string): PreviewPlace | undefined {
  for (const column of Object.keys(preview)) {
    const index = preview[column]!.indexOf(id);
    if (index >= 0) return { column, index };
  }
  return undefined;
}

/**
 * The preview with card `id` taken from wherever it is and put into column `to` at `index`
 * among the column's other cards. The same object when that is where it already is, and
 * the columns it does not touch are the same arrays: only they re-render.
 */
export function placeInPreview(
  preview: DragPreview,
  id: string,
  to: string,
  index: number,
): DragPreview {
  const from = placeOf(preview, id);
  if (!(to in preview) || (from?.column === to && from.index === index)) return preview;
  const next: Record<string, readonly string[]> = { ...preview };
  if (from) next[from.column] = preview[from.column]!.filter((other) => other !== id);
  const target = [...next[to]!];
  target.splice(Math.max(0, Math.min(index, target.length)), 0, id);
  next[to] = target;
  return next;
}

/** A card of a column as the page lays it out: its index in the column and its middle. */
export interface LaidOutCard {
  index: number;
  middle: number;
  /** The card being dragged, shown in its place. */
  lifted: boolean;
}

/**
 * Where a card dragged to height `y` over a column goes, as an index among the column's
 * other cards: after every card whose middle is above the pointer. It is read from the
 * cards as laid out, the dragged one's place included, so that a pointer resting over
 * that place keeps it, and a card passed moves into the room the dragged one left without
 * swinging back. `cards` are the ones mounted (a long column mounts those in view);
 * with none of them above the pointer, the card goes before the first one mounted; with
 * none mounted at all (a folded side area), after the column's last card.
 */
export function insertionIndex(cards: readonly LaidOutCard[], y: number, others: number): number {
  const lifted = cards.find((card) => card.lifted)?.index ?? -1;
  const amongOthers = (index: number) => (lifted >= 0 && index > lifted ? index - 1 : index);
  const placed = cards.filter((card) => !card.lifted).sort((a, b) => a.index - b.index);
  const above = placed.filter((card) => card.middle < y);
  if (above.length) return amongOthers(above.at(-1)!.index) + 1;
  if (placed.length) return amongOthers(placed[0]!.index);
  return lifted >= 0 ? lifted : others;
}

/**
 * Where a card moved by a key into another column goes: before the card there nearest its
 * own height, so that it lands beside where it was; `fallback` when that column shows none.
 */
export function besideIndex(cards: readonly LaidOutCard[], y: number, fallback: number): number {
  let nearest: LaidOutCard | undefined;
  for (const card of cards)
    if (!card.lifted && (!nearest || Math.abs(card.middle - y) < Math.abs(nearest.middle - y)))
      nearest = card;
  return nearest ? nearest.index : fallback;
}

export type KeyboardStep = 'up' | 'down' | 'left' | 'right';

/**
 * A keyboard drag's next place: up and down one card within the column, left and right to
 * the neighbouring column (in `columns`' order) at the same position or its end. Undefined
 * at an edge.
 */
export function keyboardPlace(
  preview: DragPreview,
  id: string,
  columns: readonly string[],
  step: KeyboardStep,
): PreviewPlace | undefined {
  const from = placeOf(preview, id);
  if (!from) return undefined;
  if (step === 'up' || step === 'down') {
    const index = from.index + (step === 'down' ? 1 : -1);
    const length = preview[from.column]!.length;
    return index >= 0 && index < length ? { column: from.column, index } : undefined;
  }
  const column = columns[columns.indexOf(from.column) + (step === 'right' ? 1 : -1)];
  if (!column || !(column in preview)) return undefined;
  return { column, index: Math.min(from.index, preview[column]!.length) };
}
