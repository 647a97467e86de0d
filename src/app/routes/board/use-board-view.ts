import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { filterToParams, parseFilter, type MilestoneFilter } from '../../../domain/filter';
import { layoutToParams, parseLayout, type BoardLayout } from '../../../domain/board-layout';

/**
 * The board's view (filter and layout), kept in the page's address so a link or a reload
 * reproduces it. It lives here and is written to the address, which updates a moment later
 * (in a transition): reading it back on every change would undo fast typing and clicks. The
 * address is read when a board opens.
 */
export function useBoardView(boardId: string) {
  const [params, setParams] = useSearchParams();
  const [view, setView] = useState(() => ({
    boardId,
    filter: parseFilter(params),
    layout: parseLayout(params),
  }));
  if (view.boardId !== boardId)
    setView({ boardId, filter: parseFilter(params), layout: parseLayout(params) });
  const { filter, layout } = view;
  const show = useCallback(
    (next: { filter: MilestoneFilter; layout: BoardLayout }) => {
      setView({ boardId, ...next });
      setParams(layoutToParams(next.layout, filterToParams(next.filter)), { replace: true });
    },
    [boardId, setParams],
  );
  const setFilter = useCallback(
    (next: MilestoneFilter) => show({ filter: next, layout }),
    [show, layout],
  );
  const setLayout = useCallback(
    (next: BoardLayout) => show({ filter, layout: next }),
    [show, filter],
  );
  return { filter, layout, setFilter, setLayout };
}
