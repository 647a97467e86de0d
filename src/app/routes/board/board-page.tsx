import { useEffect, useMemo, useRef, useState } from 'react';
import { useParams } from 'react-router-dom';
import { BoardCanvas, deleteMilestoneWithUndo, preloadEditors } from '../../../features/board';
import { LadderView } from '../../../features/ladder';
import { VotingBar, useVotingState } from '../../../features/workshop';
import { WhyPrompt } from '../../../features/timeline';
import { PathsLayer, usePathsShown } from '../../../features/pathways';
import { useBoardsStore } from '../../../store/boards-store';
import { BoardContext, type BoardContextValue } from '../../../ui/board/board-context';
import { FilterContext } from '../../../ui/board/filter-context';
import { VotingContext } from '../../../ui/board/voting-context';
import { useKeyBindings } from '../../../ui/key-bindings';
import { NotFound } from '../../../ui/not-found';
import { useDocumentTitle } from '../../../ui/use-document-title';
import type { DIALOGS } from './board-commands';
import { ACTIONS } from './board-commands';
import { BoardDialogs, type Editing } from './board-dialogs';
import { BoardBar } from './board-bar';
import { BoardHeader } from './board-header';
import { useDensity } from './density';
import { PrintView } from './print-view';
import { useBoardView } from './use-board-view';
import { useFitZoom } from './use-fit-zoom';
import './board-page.css';

/**
 * Fetches what the first touch of the board will need (the milestone editor) a little after
 * the board is drawn, when the browser is idle, rather than on that touch: loading and
 * compiling it under a card being picked up made the pick-up's task ~50 ms longer on a slow
 * CPU. It stays out of the first visit's own loading (the board shows without it).
 */
function usePreloadWhenIdle(preload: () => unknown, afterMs = 1500) {
  useEffect(() => {
    let idle: number | undefined;
    const timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function')
        idle = requestIdleCallback(() => void preload(), { timeout: 5000 });
      else void preload();
    }, afterMs);
    return () => {
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [preload, afterMs]);
}

/**
 * What is open over the board (a dialog, an editor): closed when another board opens in its
 * place, as one opened from this one's timeline (a scenario, say).
 */
function useEditing(boardId: string) {
  const [editing, setEditing] = useState<Editing>(null);
  const [editingOn, setEditingOn] = useState(boardId);
  if (editingOn !== boardId) {
    setEditingOn(boardId);
    setEditing(null);
  }
  return [editing, setEditing] as const;
}

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
  const [editing, setEditing] = useEditing(boardId);
  const view = useBoardView(boardId);
  const { filter, layout, setLayout } = view;
  const voting = useVotingState(boardId);
  const [density, setDensity] = useDensity();
  const stage = useRef<HTMLDivElement>(null);
  useFitZoom(stage, density === 'fit' && title !== undefined);
  usePreloadWhenIdle(preloadEditors);
  const [paths, setPaths] = usePathsShown();
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
    [boardId, setEditing],
  );

  if (title === undefined) return <NotFound what="board" />;
  const open = (id: keyof typeof DIALOGS) => setEditing({ kind: 'command', id });

  return (
    <BoardContext.Provider value={context}>
      <FilterContext.Provider value={filter}>
        <BoardHeader boardId={boardId} onOpen={open} />
        <main
          className="board-page"
          id="main"
          data-density={density === 'comfortable' ? 'comfortable' : 'compact'}
          data-fit={density === 'fit' ? '' : undefined}
          onPointerDownCapture={preloadEditors}
          onKeyDownCapture={preloadEditors}
        >
          <BoardBar
            boardId={boardId}
            paths={{ shown: paths, onShown: setPaths }}
            view={view}
            density={density}
            onDensity={setDensity}
            onValues={() => open('values')}
          />
          <VotingBar
            boardId={boardId}
            voterId={voting.voterId}
            onVoter={voting.setVoterId}
            onRanking={() => open('ranking')}
          />
          <div className="board-stage" ref={stage}>
            <VotingContext.Provider value={voting.value}>
              {layout.view === 'ladder' ? (
                <LadderView
                  group={layout.group}
                  onGroup={(group) => setLayout({ ...layout, group })}
                  overlay={<PathsLayer shown={paths} view="ladder" />}
                />
              ) : (
                <BoardCanvas overlay={<PathsLayer shown={paths} />} />
              )}
            </VotingContext.Provider>
          </div>
        </main>
        <WhyPrompt boardId={boardId} />
        <PrintView boardId={boardId} />
        <BoardDialogs boardId={boardId} editing={editing} onClose={() => setEditing(null)} />
      </FilterContext.Provider>
    </BoardContext.Provider>
  );
}
