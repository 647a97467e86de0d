import type { UniqueIdentifier } from '@dnd-kit/core';

/**
 * Horizons drag under a prefixed id, and every card under one id shared by all of them
 * (see card-drag.ts), so one DndContext can hold both. Ids are nanoid (no colon), so the
 * prefixes cannot collide.
 */
const HORIZON_PREFIX = 'horizon:';
const LIST_PREFIX = 'list:';

/** The one draggable the board's cards share. */
export const CARD_DRAGGABLE = 'card';

export const horizonDragId = (horizonId: string) => `${HORIZON_PREFIX}${horizonId}`;

/** A column's scrolling list of cards, a drop target inside the column's own. */
export const listDropId = (columnId: string) => `${LIST_PREFIX}${columnId}`;

export function horizonIdOf(dragId: UniqueIdentifier | null | undefined): string | null {
  return typeof dragId === 'string' && dragId.startsWith(HORIZON_PREFIX)
    ? dragId.slice(HORIZON_PREFIX.length)
    : null;
}

/** The column a drop target belongs to: a horizon or side area, or the list inside one. */
export function columnIdOf(dropId: UniqueIdentifier | null | undefined): string | null {
  if (typeof dropId === 'string' && dropId.startsWith(LIST_PREFIX))
    return dropId.slice(LIST_PREFIX.length);
  return horizonIdOf(dropId);
}

/** What each draggable and drop target tells dnd-kit about itself, read by collision
 * detection. */
export type DragData =
  | { kind: 'card' }
  /** A column cards drop into; `side` for the Parked and Achieved areas, which do not move. */
  | { kind: 'horizon'; side?: boolean }
  /** The list of cards inside a column. */
  | { kind: 'list' };
