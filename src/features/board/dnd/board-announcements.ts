import { useMemo, useRef, type RefObject } from 'react';
import type { Announcements, UniqueIdentifier } from '@dnd-kit/core';
import { dragPreview, placeOf, type DragPreview } from '../../../domain/drag-preview';
import { sideArea } from '../../../domain/milestones';
import type { Board } from '../../../domain/schema';
import { useBoardsStore } from '../../../store/boards-store';
import type { ItemDrag } from '../../../ui/board/item-drag';
import { horizonIdOf } from './drag-ids';
import type { DragState } from './use-board-drag';

export const SCREEN_READER_INSTRUCTIONS = {
  draggable:
    'To move this milestone, press Space. Then use the up and down arrows to move it within its horizon and the left and right arrows to move it to another horizon. Press Space again to drop it, or Escape to cancel. Press Enter to open it, Delete to delete it.',
};

/** What a column is called in announcements: a horizon's title or a side area's. */
function columnTitle(board: Board | undefined, id: string | undefined): string {
  if (!id) return 'a horizon';
  return sideArea(id)?.title ?? board?.horizons.find((h) => h.id === id)?.title ?? 'a horizon';
}

/** "Later, position 2 of 3": where a card is in the preview, or without one, on the board. */
function cardPlace(board: Board | undefined, preview: DragPreview | undefined, id: string) {
  const shown = preview ?? (board ? dragPreview(board) : {});
  const place = placeOf(shown, id);
  const count = place ? shown[place.column]!.length : 0;
  return `${columnTitle(board, place?.column)}, position ${(place?.index ?? -1) + 1} of ${count}`;
}

/** "horizon Next" and "position 2 of 4". */
function horizonPlace(board: Board | undefined, id: UniqueIdentifier) {
  const horizonId = horizonIdOf(id);
  const index = board?.horizons.findIndex((h) => h.id === horizonId) ?? -1;
  return {
    title: `horizon ${board?.horizons[index]?.title ?? ''}`,
    place: `position ${index + 1} of ${board?.horizons.length ?? 0}`,
  };
}

/**
 * What a screen reader hears as a card or a horizon is picked up, moved and put down. A
 * card's moves are told as its place in the preview changes; a horizon's as the horizon it
 * is over does.
 */
export function useBoardAnnouncements(
  boardId: string,
  dragRef: RefObject<DragState | null>,
  cards: ItemDrag,
): Announcements {
  // What the last announcement was about, so a place is not announced twice.
  const lastRef = useRef<string | null>(null);
  return useMemo<Announcements>(() => {
    const boardNow = () => useBoardsStore.getState().boards[boardId];
    const cardTitle = () => {
      const id = cards.grabbed();
      return (id && boardNow()?.milestones[id]?.title) || 'milestone';
    };
    const describe = (active: UniqueIdentifier) => {
      const board = boardNow();
      if (horizonIdOf(active)) return horizonPlace(board, active);
      const preview = dragRef.current?.preview;
      return { title: cardTitle(), place: cardPlace(board, preview, cards.grabbed() ?? '') };
    };
    return {
      onDragStart: ({ active }) => {
        const { title, place } = describe(active.id);
        lastRef.current = horizonIdOf(active.id) ? String(active.id) : place;
        return `Picked up ${title}. It is in ${place}.`;
      },
      onDragMove: ({ active }) => {
        if (horizonIdOf(active.id)) return undefined;
        const { title, place } = describe(active.id);
        if (place === lastRef.current) return undefined;
        lastRef.current = place;
        return `${title} is now in ${place}.`;
      },
      onDragOver: ({ active, over }) => {
        if (!horizonIdOf(active.id)) return undefined;
        // Right after pick-up the horizon is over itself: keep the pick-up message.
        const overId = over ? String(over.id) : null;
        if (overId === lastRef.current) return undefined;
        lastRef.current = overId;
        const { title } = describe(active.id);
        return over
          ? `${title} is over ${horizonPlace(boardNow(), over.id).place}.`
          : `${title} is not over a horizon.`;
      },
      // The board takes a drop's move a frame later (see use-board-drag.ts): a card's place
      // is read from the drag's preview, a horizon's from the horizon it was dropped on.
      onDragEnd: ({ active, over }) => {
        const { title, place } = describe(active.id);
        if (!over) return `Dropped ${title}. It is back where it was.`;
        const at = horizonIdOf(active.id) ? horizonPlace(boardNow(), over.id).place : place;
        return `Dropped ${title} in ${at}.`;
      },
      onDragCancel: ({ active }) =>
        `Moving ${describe(active.id).title} was cancelled. It is back where it was.`,
    };
  }, [boardId, dragRef, cards]);
}
