import { useShallow } from 'zustand/react/shallow';
import { useBoardsStore, type BoardsState } from '../../store/boards-store';
import { useMilestoneIds } from '../../store/selectors';
import { hidesOthers, shownIds } from '../../domain/filter';
import { useFilter } from '../../ui/board/filter-context';

/**
 * A column's stored ids and the ids it shows under the filter: all of them, or under a
 * hiding filter only the matching ones. For horizons and side areas alike.
 */
export function useShownIds(
  boardId: string,
  containerId: string,
): { storedIds: readonly string[]; shown: readonly string[] } {
  const storedIds = useMilestoneIds(boardId, containerId);
  const filter = useFilter();
  const shown = useBoardsStore(
    useShallow((s: BoardsState) => {
      const board = s.boards[boardId];
      return board && hidesOthers(filter) ? shownIds(board, storedIds, filter) : storedIds;
    }),
  );
  return { storedIds, shown };
}
