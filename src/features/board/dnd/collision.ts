import {
  closestCenter,
  pointerWithin,
  rectIntersection,
  type CollisionDetection,
  type DroppableContainer,
} from '@dnd-kit/core';
import { horizonIdOf, type DragData } from './drag-ids';

const kindOf = (container: DroppableContainer) =>
  (container.data.current as DragData | undefined)?.kind;

/**
 * Finds the horizon under the pointer first, then tests only that horizon's cards: the work
 * per pointer move follows one column, not the whole board. Horizons being dragged only
 * collide with other horizons.
 */
export const boardCollision: CollisionDetection = (args) => {
  const { active, droppableContainers, pointerCoordinates } = args;
  const horizons = droppableContainers.filter((c) => kindOf(c) === 'horizon');
  if ((active.data.current as DragData | undefined)?.kind === 'horizon') {
    const movable = horizons.filter((c) => !(c.data.current as { side?: boolean }).side);
    return closestCenter({ ...args, droppableContainers: movable });
  }

  let columns = pointerCoordinates ? pointerWithin({ ...args, droppableContainers: horizons }) : [];
  if (columns.length === 0) columns = rectIntersection({ ...args, droppableContainers: horizons });
  const column = columns[0];
  if (!column) return [];
  const horizonId = horizonIdOf(column.id);
  const cards = droppableContainers.filter((c) => {
    const data = c.data.current as DragData | undefined;
    return data?.kind === 'milestone' && data.horizonId === horizonId;
  });
  if (cards.length === 0) return [column];
  return closestCenter({ ...args, droppableContainers: cards });
};
