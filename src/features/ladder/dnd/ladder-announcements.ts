import type { Announcements } from '@dnd-kit/core';
import { ladderRows, rowOf, type LadderGrouping } from '../../../domain/ladder-rows';
import { useBoardsStore } from '../../../store/boards-store';
import type { CellData } from './ladder-drag';

export const LADDER_INSTRUCTIONS = {
  draggable:
    'To move this milestone, press Space. Then use the left and right arrows to change its horizon and the up and down arrows to change its row. Press Space again to drop it, or Escape to cancel. Press Enter to open it, Delete to delete it.',
};

/**
 * What a screen reader hears during a ladder drag: the title, and the row and horizon it
 * is in or over. `grabbed` names the milestone, as the grid's one draggable does not.
 * They run outside React's render and read the board as it stands: at the drop, after it
 * has moved.
 */
export function ladderAnnouncements(
  boardId: string,
  group: LadderGrouping,
  grabbed: () => string | null,
): Announcements {
  const current = () => {
    const board = useBoardsStore.getState().boards[boardId];
    const id = grabbed();
    return { board, milestone: id ? board?.milestones[id] : undefined };
  };
  const title = () => current().milestone?.title ?? 'milestone';
  const place = () => {
    const { board, milestone } = current();
    if (!board || !milestone) return '';
    const row = ladderRows(board, group).find((r) => r.id === rowOf(milestone, group));
    const horizon = board.horizons.find((h) => h.id === milestone.horizonId);
    return `${row?.label ?? ''}, ${horizon?.title ?? ''}`;
  };
  // Whether the chip has left its own cell since it was picked up.
  let moved = false;
  return {
    onDragStart: () => {
      moved = false;
      return `Picked up ${title()}. It is in ${place()}.`;
    },
    onDragOver: ({ over }) => {
      const cell = over?.data.current as CellData | undefined;
      const { milestone } = current();
      // Right after pick-up the chip is over its own cell: keep the pick-up message.
      const home =
        cell &&
        milestone &&
        cell.horizonId === milestone.horizonId &&
        cell.rowId === rowOf(milestone, group);
      if (home && !moved) return undefined;
      moved = true;
      return `${title()} is over ${cell ? `${cell.rowLabel}, ${cell.horizonTitle}` : 'no cell'}.`;
    },
    onDragEnd: ({ over }) =>
      over ? `Moved ${title()} to ${place()}.` : `Dropped ${title()}. It is back where it was.`,
    onDragCancel: () => `Moving ${title()} was cancelled. It is back in ${place()}.`,
  };
}
