import { useMemo, useRef, type RefObject } from 'react';
import type { Announcements, UniqueIdentifier } from '@dnd-kit/core';
import { dragPreview, type DragPreview } from '../../../domain/drag-preview';
import { sideArea } from '../../../domain/milestones';
import type { Board } from '../../../domain/schema';
import { useBoardsStore } from '../../../store/boards-store';
import { horizonIdOf } from './drag-ids';
import { columnOf, type DragState } from './use-board-drag';

export const SCREEN_READER_INSTRUCTIONS = {
  draggable:
    'To move this milestone, press Space. Then use the up and down arrows to move it within its horizon and the left and right arrows to move it to another horizon. Press Space again to drop it, or Escape to cancel. Press Enter to open it, Delete to delete it.',
};

/** What a column is called in announcements: a horizon's title or a side area's. */
function columnTitle(board: Board | undefined, id: string | undefined): string {
  if (!id) return 'a horizon';
  return sideArea(id)?.title ?? board?.horizons.find((h) => h.id === id)?.title ?? 'a horizon';
}

/**
 * Title and place of a card or horizon: in the drag preview, or without one (once dropped),
 * where the board has it.
 */
function describe(
  board: Board | undefined,
  preview: DragPreview | undefined,
  id: UniqueIdentifier,
) {
  const horizonId = horizonIdOf(id);
  if (horizonId) {
    const index = board?.horizons.findIndex((h) => h.id === horizonId) ?? -1;
    return {
      title: `horizon ${board?.horizons[index]?.title ?? ''}`,
      place: `position ${index + 1} of ${board?.horizons.length ?? 0}`,
    };
  }
  const shown = preview || (board ? dragPreview(board) : {});
  const column = columnOf(shown, id);
  const ids = column ? shown[column]! : [];
  return {
    title: board?.milestones[String(id)]?.title ?? 'milestone',
    place: `${columnTitle(board, column)}, position ${ids.indexOf(String(id)) + 1} of ${ids.length}`,
  };
}

/** Where a dragged card would land: the place of the card it is over, in the preview. */
function overPlace(
  board: Board | undefined,
  drag: DragState | null,
  activeId: UniqueIdentifier,
  overId: UniqueIdentifier,
): string {
  if (horizonIdOf(activeId) || !drag) return describe(board, drag?.preview, overId).place;
  const column = columnOf(drag.preview, activeId);
  const ids = column ? drag.preview[column]! : [];
  const overIndex = ids.indexOf(String(overId));
  const index = overIndex >= 0 ? overIndex : ids.indexOf(String(activeId));
  return `${columnTitle(board, column)}, position ${index + 1} of ${ids.length}`;
}

/** What a screen reader hears as a card or a horizon is picked up, moved and put down. */
export function useBoardAnnouncements(
  boardId: string,
  dragRef: RefObject<DragState | null>,
): Announcements {
  // What the last announcement was about, so a card over itself is not announced again.
  const lastOverRef = useRef<UniqueIdentifier | null>(null);
  return useMemo<Announcements>(() => {
    const boardNow = () => useBoardsStore.getState().boards[boardId];
    const describeNow = (id: UniqueIdentifier, settled = false) =>
      describe(boardNow(), settled ? undefined : dragRef.current?.preview, id);
    return {
      onDragStart: ({ active }) => {
        lastOverRef.current = active.id;
        const { title, place } = describeNow(active.id);
        return `Picked up ${title}. It is in ${place}.`;
      },
      onDragOver: ({ active, over }) => {
        // Right after pick-up the card is over itself: keep the pick-up message.
        const overId = over?.id ?? null;
        if (overId === lastOverRef.current) return undefined;
        lastOverRef.current = overId;
        return over
          ? `${describeNow(active.id).title} is over ${overPlace(boardNow(), dragRef.current, active.id, over.id)}.`
          : `${describeNow(active.id).title} is not over a horizon.`;
      },
      // dnd-kit announces the drop after onDragEnd has committed the move to the store.
      onDragEnd: ({ active, over }) => {
        const { title, place } = describeNow(active.id, true);
        return over
          ? `Dropped ${title} in ${place}.`
          : `Dropped ${title}. It is back where it was.`;
      },
      onDragCancel: ({ active }) =>
        `Moving ${describeNow(active.id).title} was cancelled. It is back where it was.`,
    };
  }, [boardId, dragRef]);
}
