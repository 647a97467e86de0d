import { useMemo, useState } from 'react';
import { useParams } from 'react-router-dom';
import { BoardCanvas, deleteMilestoneWithUndo, preloadEditors } from '../../../features/board';
import { LadderView } from '../../../features/ladder';
import {
  BalanceMeter,
  FilterBar,
  TimerWidget,
  VotingBar,
  useVotingState,
} from '../../../features/workshop';
import { useBoardsStore } from '../../../store/boards-store';
import { BoardContext, type BoardContextValue } from '../../../ui/board/board-context';
import { FilterContext } from '../../../ui/board/filter-context';
import { VotingContext } from '../../../ui/board/voting-context';
import { useKeyBindings } from '../../../ui/key-bindings';
import { NotFound } from '../../../ui/not-found';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { ACTIONS } from './board-commands';
import { BoardDialogs, type Editing } from './board-dialogs';
import { BoardHeader, ViewSwitch } from './board-header';
import { PrintView } from './print-view';
import { useBoardView } from './use-board-view';
import './board-page.css';

/**
 * One board: the header and its tools, the filter bar, the vote, and the horizons or the
 * ladder. Composition only: each part is its feature's.
 */
export function BoardPage() {
  const { boardId = '' } = useParams();
  const title = useBoardsStore((s) => {
    const board = s.boards[boardId];
    return board ? board.partner.name || board.title : undefined;
  });
  useDocumentTitle(title ?? 'Board not found');
  const [editing, setEditing] = useState<Editing>(null);
  const { filter, layout, setFilter, setLayout } = useBoardView(boardId);
  const voting = useVotingState(boardId);
  useKeyBindings(
    Object.values(ACTIONS).map((command) => ({
      keys: command.keys,
      run: () => command.run(boardId),
    })),
  );
  const context = useMemo<BoardContextValue>(
    () => ({
      boardId,
      openMilestone: (id) => setEditing({ kind: 'milestone', id }),
      editHorizon: (id) => setEditing({ kind: 'horizon', id }),
      deleteMilestone: (id) => deleteMilestoneWithUndo(boardId, id),
    }),
    [boardId],
  );

  if (title === undefined) return <NotFound what="board" />;

  return (
    <BoardContext.Provider value={context}>
      <FilterContext.Provider value={filter}>
        <main
          className="board-page"
          id="main"
          onPointerDownCapture={preloadEditors}
          onKeyDownCapture={preloadEditors}
        >
          <BoardHeader boardId={boardId} onOpen={(id) => setEditing({ kind: 'command', id })} />
          <FilterBar
            boardId={boardId}
            filter={filter}
            onChange={setFilter}
            start={
              <ViewSwitch
                view={layout.view}
                onView={(next) => setLayout({ ...layout, view: next })}
              />
            }
          >
            <BalanceMeter boardId={boardId} />
          </FilterBar>
          <VotingBar
            boardId={boardId}
            voterId={voting.voterId}
            onVoter={voting.setVoterId}
            onRanking={() => setEditing({ kind: 'command', id: 'ranking' })}
          />
          <VotingContext.Provider value={voting.value}>
            {layout.view === 'ladder' ? (
              <LadderView
                group={layout.group}
                onGroup={(group) => setLayout({ ...layout, group })}
              />
            ) : (
              <BoardCanvas />
            )}
          </VotingContext.Provider>
        </main>
        <PrintView boardId={boardId} />
        <TimerWidget />
        <BoardDialogs boardId={boardId} editing={editing} onClose={() => setEditing(null)} />
      </FilterContext.Provider>
    </BoardContext.Provider>
  );
}
