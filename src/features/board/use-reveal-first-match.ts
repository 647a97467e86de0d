import type { RefObject } from 'react';
import type { Virtualizer } from '@tanstack/react-virtual';
import { firstMatch } from '../../domain/filter';
import { SIDE_AREAS, milestoneIdsIn } from '../../domain/milestones';
import type { Board } from '../../domain/schema';
import { useBoardsStore } from '../../store/boards-store';
import { revealCard, useOnFilterChange } from '../../ui/board/reveal-first-match';

/** The board's cards as the horizons view reads them: horizons left to right, then the side areas. */
const readingOrder = (board: Board) =>
  [...board.horizons.map((h) => h.id), ...SIDE_AREAS.map((a) => a.id)].flatMap((id) =>
    milestoneIdsIn(board, id),
  );

/**
 * When the filter changes, a column scrolls its own first match into sight (it may not be
 * drawn yet: the list is virtualised), and the column that holds the board's first match
 * brings that card into sight on the page too, sideways if need be.
 */
export function useRevealFirstMatch(
  boardId: string,
  ids: readonly string[],
  virtualizer: Virtualizer<HTMLDivElement, Element>,
  scroller: RefObject<HTMLDivElement | null>,
): void {
  useOnFilterChange((filter) => {
    const board = useBoardsStore.getState().boards[boardId];
    const first = board && firstMatch(board, ids, filter);
    if (!board || first === undefined) return;
    virtualizer.scrollToIndex(ids.indexOf(first), { align: 'auto' });
    if (first !== firstMatch(board, readingOrder(board), filter)) return;
    // A frame on, the virtualiser has drawn the card (ids are [A-Za-z0-9_-], safe here).
    requestAnimationFrame(() => {
      const list = scroller.current;
      const card = list?.querySelector(`[data-milestone-id="${first}"]`);
      if (card ?? list) revealCard((card ?? list)!);
    });
  });
}
