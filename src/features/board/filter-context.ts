import { createContext, useContext } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useBoardsStore, type BoardsState } from '../../store/boards-store';
import { useMilestoneIds } from '../../store/selectors';
import { NO_FILTER, isFiltering, matchesFilter, type MilestoneFilter } from '../../domain/filter';
import type { Board, Milestone } from '../../domain/schema';

/** The board's filter, from the address. Apart from BoardContext so that one stays stable. */
export const FilterContext = createContext<MilestoneFilter>(NO_FILTER);

export const useFilter = () => useContext(FilterContext);

/** Whether a card is dimmed: a filter is on and the card does not match it. */
export const isDimmed = (m: Milestone, filter: MilestoneFilter) =>
  isFiltering(filter) && !matchesFilter(m, filter);

/** Whether non-matching cards are taken off the board rather than dimmed. */
export const hidesOthers = (filter: MilestoneFilter) => filter.hide && isFiltering(filter);

/** The ids a horizon shows: all of them, or under a hiding filter only the matching ones. */
export function shownIds(
  board: Board,
  ids: readonly string[],
  filter: MilestoneFilter,
): readonly string[] {
  return hidesOthers(filter)
    ? ids.filter((id) => matchesFilter(board.milestones[id]!, filter))
    : ids;
}

/**
 * Where a card dropped among the shown cards goes among all of a horizon's cards: right
 * after the shown card before it, or before the shown card after it.
 */
export function indexAmongAll(
  all: readonly string[],
  shown: readonly string[],
  id: string,
): number {
  const others = all.filter((other) => other !== id);
  const at = shown.indexOf(id);
  const before = shown[at - 1];
  if (before !== undefined && others.includes(before)) return others.indexOf(before) + 1;
  const after = shown[at + 1];
  if (after !== undefined && others.includes(after)) return others.indexOf(after);
  return others.length;
}

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
