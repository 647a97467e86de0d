import { KeyboardCode, type KeyboardCoordinateGetter } from '@dnd-kit/core';

/**
 * Arrow keys during a keyboard drag in the ladder view: one cell at a time, left and right
 * along the row (the horizon changes), up and down the column (the row changes).
 * Returns the top-left corner the dragged chip should move to, as dnd-kit expects: the chip
 * centred on the next cell, so that the keyboard's collision detection (the nearest centre)
 * picks that cell even when it is a folded row's thin strip between two others.
 */
export const ladderKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const { active, collisionRect, droppableRects, droppableContainers, over } = context;
  const horizontal = event.code === KeyboardCode.Left || event.code === KeyboardCode.Right;
  const vertical = event.code === KeyboardCode.Up || event.code === KeyboardCode.Down;
  if ((!horizontal && !vertical) || !active || !collisionRect) return undefined;
  event.preventDefault();

  // Step from the cell the chip is over, not from where the chip is drawn: a quick second
  // key press can come while the chip is still on its way (or the grid still scrolling).
  const from = (over && droppableRects.get(over.id)) || collisionRect;
  const x = from.left + from.width / 2;
  const y = from.top + from.height / 2;
  const forward = event.code === KeyboardCode.Right || event.code === KeyboardCode.Down;
  let best: { x: number; y: number; distance: number } | undefined;
  for (const container of droppableContainers.getEnabled()) {
    const rect = droppableRects.get(container.id);
    if (!rect) continue;
    // Only cells in line with the chip: the same row for left/right, the same column for up/down.
    const inLine = horizontal
      ? y >= rect.top && y <= rect.top + rect.height
      : x >= rect.left && x <= rect.left + rect.width;
    if (!inLine) continue;
    const centre = horizontal ? rect.left + rect.width / 2 : rect.top + rect.height / 2;
    const start = horizontal ? x : y;
    const distance = forward ? centre - start : start - centre;
    const size = horizontal ? rect.width : rect.height;
    if (distance <= size / 2) continue;
    if (!best || distance < best.distance)
      best = {
        x: rect.left + (rect.width - collisionRect.width) / 2,
        y: rect.top + (rect.height - collisionRect.height) / 2,
        distance,
      };
  }
  return best && { x: best.x, y: best.y };
};
