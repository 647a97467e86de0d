import { NO_FILTER, shownIds, type MilestoneFilter } from './filter';
import { SIDE_AREAS, milestoneOrder } from './milestones';
import type { Board } from './schema';

/**
 * Milestone ids per horizon and side area while a drag is under way. A drag moves cards in
 * this copy only; the board changes once, on drop, and a cancelled drag leaves it as it was.
 */
export type DragPreview = Record<string, readonly string[]>;

/** Where a drag starts from: the ids each column shows now, under the filter. */
export function dragPreview(board: Board, filter: MilestoneFilter = NO_FILTER): DragPreview {
  const order = milestoneOrder(board);
  const containers = [...board.horizons.map((h) => h.id), ...SIDE_AREAS.map((a) => a.id)];
  return Object.fromEntries(
    containers.map((id) => [id, shownIds(board, order.get(id) ?? [], filter)]),
  );
}

/** The preview with `id` taken out of column `from` and put into column `to` at `index`. */
export function moveInPreview(
  preview: DragPreview,
  id: string,
  from: string,
  to: string,
  index: number,
): DragPreview {
  const next = [...preview[to]!];
  next.splice(index, 0, id);
  return {
    ...preview,
    [from]: preview[from]!.filter((other) => other !== id),
    [to]: next,
  };
}
