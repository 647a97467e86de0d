import { milestoneIdsIn } from '../../domain/milestones';
import { useBoardsStore } from '../../store/boards-store';
import { showToast } from '../../ui/toast-store';

/** Moves focus to a card once it is on screen (after a delete, an add or an undo). */
export function focusMilestone(id: string) {
  requestAnimationFrame(() =>
    // Ids are restricted to [A-Za-z0-9_-] by the schema, so they are safe in a selector.
    document.querySelector<HTMLElement>(`[data-milestone-id="${id}"]`)?.focus(),
  );
}

/**
 * Deletes a milestone and offers Undo. Focus moves to a neighbour, so a keyboard user stays
 * in the column.
 */
export function deleteMilestoneWithUndo(boardId: string, id: string) {
  const store = useBoardsStore.getState();
  const board = store.boards[boardId];
  const milestone = board?.milestones[id];
  if (!board || !milestone) return;
  const ids = milestoneIdsIn(board, milestone.horizonId);
  const neighbour = ids[ids.indexOf(id) + 1] ?? ids[ids.indexOf(id) - 1];
  store.deleteMilestone(boardId, id);
  if (neighbour) focusMilestone(neighbour);
  showToast(`Deleted “${milestone.title}”.`, {
    label: 'Undo',
    run: () => {
      useBoardsStore.getState().undo(boardId);
      focusMilestone(id);
    },
  });
}
