import { KeyboardCode, type KeyboardCoordinateGetter } from '@dnd-kit/core';
import type { ClientRect, UniqueIdentifier } from '@dnd-kit/core';
import { horizonIdOf, type DragData } from './drag-ids';

const ARROWS: string[] = [
  KeyboardCode.Up,
  KeyboardCode.Down,
  KeyboardCode.Left,
  KeyboardCode.Right,
];

interface Placed {
  id: UniqueIdentifier;
  rect: ClientRect;
  data: DragData | undefined;
}

/**
 * Arrow keys during a keyboard drag: up and down step through the cards of the current
 * horizon, left and right jump to the neighbouring horizon, landing beside the card at the
 * same height. A horizon being dragged steps left and right between horizons.
 * Returns the top-left corner the dragged item should move to, as dnd-kit expects.
 */
export const boardKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const { active, collisionRect, droppableRects, droppableContainers } = context;
  if (!ARROWS.includes(event.code) || !active || !collisionRect) return undefined;
  event.preventDefault();

  const placed: Placed[] = [];
  for (const container of droppableContainers.getEnabled()) {
    const rect = droppableRects.get(container.id);
    if (rect && container.id !== active.id) {
      placed.push({ id: container.id, rect, data: container.data.current as DragData | undefined });
    }
  }
  const activeData = active.data.current as DragData | undefined;
  // A horizon moves among horizons only; a card may also go to the side areas.
  const columns = placed
    .filter(
      (p) =>
        p.data?.kind === 'horizon' && !(activeData?.kind === 'horizon' && p.data.side === true),
    )
    .sort((a, b) => a.rect.left - b.rect.left);

  const step = (delta: number, currentColumnId: UniqueIdentifier | undefined) => {
    let index = columns.findIndex((c) => c.id === currentColumnId);
    if (index < 0) {
      // The dragged horizon is not among the targets: find where it sits between them.
      index = columns.filter((c) => c.rect.left < collisionRect.left).length - (delta > 0 ? 1 : 0);
    }
    return columns[index + delta];
  };

  if (activeData?.kind === 'horizon') {
    if (event.code !== KeyboardCode.Left && event.code !== KeyboardCode.Right) return undefined;
    const target = step(event.code === KeyboardCode.Right ? 1 : -1, undefined);
    return target ? { x: target.rect.left, y: collisionRect.top } : undefined;
  }
  if (activeData?.kind !== 'milestone') return undefined;

  const currentColumnId = columns.find((c) => horizonIdOf(c.id) === activeData.horizonId)?.id;
  const cardsIn = (columnId: UniqueIdentifier | undefined) => {
    const horizonId = horizonIdOf(columnId);
    return placed
      .filter((p) => p.data?.kind === 'milestone' && p.data.horizonId === horizonId)
      .sort((a, b) => a.rect.top - b.rect.top);
  };

  if (event.code === KeyboardCode.Down || event.code === KeyboardCode.Up) {
    const cards = cardsIn(currentColumnId);
    const target =
      event.code === KeyboardCode.Down
        ? cards.find((c) => c.rect.top > collisionRect.top + 1)
        : cards.findLast((c) => c.rect.top < collisionRect.top - 1);
    return target ? { x: collisionRect.left, y: target.rect.top } : undefined;
  }

  const column = step(event.code === KeyboardCode.Right ? 1 : -1, currentColumnId);
  if (!column) return undefined;
  const x = column.rect.left + Math.max(0, (column.rect.width - collisionRect.width) / 2);
  const cards = cardsIn(column.id);
  if (cards.length === 0) return { x, y: column.rect.top + Math.min(64, column.rect.height / 4) };
  const middle = collisionRect.top + collisionRect.height / 2;
  const nearest = cards.reduce((best, card) =>
    Math.abs(card.rect.top + card.rect.height / 2 - middle) <
    Math.abs(best.rect.top + best.rect.height / 2 - middle)
      ? card
      : best,
  );
  return { x, y: nearest.rect.top };
};
