import type { UniqueIdentifier } from '@dnd-kit/core';

/**
 * Milestones drag under their own ids; horizons under a prefixed one, so one DndContext can
 * hold both. Ids are nanoid (no colon), so the prefix cannot collide.
 */
const HORIZON_PREFIX = 'horizon:';

export const horizonDragId = (horizonId: string) => `${HORIZON_PREFIX}${horizonId}`;

export function horizonIdOf(dragId: UniqueIdentifier | null | undefined): string | null {
  return typeof dragId === 'string' && dragId.startsWith(HORIZON_PREFIX)
    ? dragId.slice(HORIZON_PREFIX.length)
    : null;
}

/** What each draggable tells dnd-kit about itself, read by collision detection and keys. */
export type DragData =
  | { kind: 'milestone'; horizonId: string }
  /** A column cards drop into; `side` for the Parked and Achieved areas, which do not move. */
  | { kind: 'horizon'; side?: boolean };
