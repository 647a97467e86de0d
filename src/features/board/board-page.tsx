import { useCallback, useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { useParams, useSearchParams } from 'react-router-dom';
import { filterToParams, parseFilter, type MilestoneFilter } from '../../domain/filter';
import { layoutToParams, parseLayout, type BoardLayout } from '../../domain/ladder-rows';
import { LadderView } from './ladder-view';
import { FilterBar } from './filter-bar';
import { BalanceMeter } from './balance-meter';
import { TimerDialog, TimerWidget, startTimer, useWorkshopTimer } from './workshop-timer';
import { FilterContext } from './filter-context';
import { containerOf, milestoneIdsIn, milestonePlace, sideArea } from '../../domain/milestones';
import { useBoardsStore } from '../../store/boards-store';
import { useBoard } from '../../store/selectors';
import { NotFound } from '../../ui/not-found';
import { showToast } from '../../ui/toast-store';
import { useUndoKeys } from '../../ui/use-undo-keys';
import { useDocumentTitle } from '../../ui/use-document-title';
import { BoardCanvas } from './board-canvas';
import { BoardContext, type BoardContextValue } from './board-context';
import { BoardHeader, ViewSwitch } from './board-header';
import { MilestoneEditor } from './milestone-editor';
import { BoardPoster } from './board-poster';
import { VotingBar } from './voting-bar';
import { VotingContext, type VotingContextValue } from './voting-context';
import { countVotes, openRound } from '../../domain/voting';
import {
  HorizonDialog,
  Presentation,
  RankingDialog,
  ShareDialog,
  ValuesDialog,
  VotingDialog,
} from './lazy-dialogs';
import './board.css';
import './workshop.css';

type Editing =
  | { kind: 'milestone'; id: string }
  | { kind: 'new-milestone' }
  | { kind: 'horizon'; id: string }
  | { kind: 'new-horizon' }
  | { kind: 'share' }
  | { kind: 'timer' }
  | { kind: 'present' }
  | { kind: 'values' }
  | { kind: 'vote' }
  | { kind: 'ranking' }
  | null;

function focusMilestone(id: string) {
  requestAnimationFrame(() =>
    // Ids are restricted to [A-Za-z0-9_-] by the schema, so they are safe in a selector.
    document.querySelector<HTMLElement>(`[data-milestone-id="${id}"]`)?.focus(),
  );
}

export function BoardPage() {
  const { boardId = '' } = useParams();
  const exists = useBoardsStore((s) => Boolean(s.boards[boardId]));
  const title = useBoardsStore((s) => {
    const board = s.boards[boardId];
    return board ? board.partner.name || board.title : undefined;
  });
  useDocumentTitle(exists ? title : 'Board not found');
  const [editing, setEditing] = useState<Editing>(null);
  const [timer, setTimer] = useWorkshopTimer();
  const [params, setParams] = useSearchParams();
  // The filter lives here and is written to the address, which updates a moment later (in
  // a transition): reading it back on every change would undo fast typing and clicks.
  // The address is read when a board opens, so a link or a reload reproduces the view.
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

  const voting = useVotingState(boardId);

  const undo = useCallback(() => useBoardsStore.getState().undo(boardId), [boardId]);
  const redo = useCallback(() => useBoardsStore.getState().redo(boardId), [boardId]);
  useUndoKeys(undo, redo);

  const context = useMemo<BoardContextValue>(
    () => ({
      boardId,
      openMilestone: (id) => setEditing({ kind: 'milestone', id }),
      editHorizon: (id) => setEditing({ kind: 'horizon', id }),
      deleteMilestone: (id) => {
        const store = useBoardsStore.getState();
        const board = store.boards[boardId];
        const milestone = board?.milestones[id];
        if (!board || !milestone) return;
        // Focus moves to a neighbour so the keyboard user stays in the column.
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
      },
    }),
    [boardId],
  );

  if (!exists) return <NotFound what="board" />;

  return (
    <BoardContext.Provider value={context}>
      <FilterContext.Provider value={filter}>
        <main className="board-page" id="main">
          <BoardHeader
            boardId={boardId}
            onAddMilestone={() => setEditing({ kind: 'new-milestone' })}
            onAddHorizon={() => setEditing({ kind: 'new-horizon' })}
            onShare={() => setEditing({ kind: 'share' })}
            onTimer={() => setEditing({ kind: 'timer' })}
            onPresent={() => setEditing({ kind: 'present' })}
            onValues={() => setEditing({ kind: 'values' })}
            onVote={() => setEditing({ kind: 'vote' })}
          />
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
            onRanking={() => setEditing({ kind: 'ranking' })}
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
        {timer && <TimerWidget timer={timer} onChange={setTimer} />}
        {editing?.kind === 'timer' && (
          <TimerDialog
            onClose={() => setEditing(null)}
            onStart={(minutes) => {
              setTimer(startTimer(minutes, Date.now()));
              setEditing(null);
            }}
          />
        )}
        <BoardDialogs
          boardId={boardId}
          editing={editing}
          onClose={() => setEditing(null)}
          context={context}
        />
      </FilterContext.Provider>
    </BoardContext.Provider>
  );
}

function BoardDialogs({
  boardId,
  editing,
  onClose,
  context,
}: {
  boardId: string;
  editing: Editing;
  onClose: () => void;
  context: BoardContextValue;
}) {
  const board = useBoard(boardId);
  if (!board || !editing) return null;
  const store = useBoardsStore.getState();

  if (editing.kind === 'milestone' || editing.kind === 'new-milestone') {
    const milestone = editing.kind === 'milestone' ? board.milestones[editing.id] : undefined;
    if (editing.kind === 'milestone' && !milestone) return null;
    return (
      <MilestoneEditor
        milestone={milestone}
        horizons={board.horizons}
        defaultHorizonId={board.horizons[0]!.id}
        onClose={onClose}
        onDelete={milestone ? () => (onClose(), context.deleteMilestone(milestone.id)) : undefined}
        onSave={({ draft, horizonId }) => {
          if (milestone) {
            store.updateMilestone(boardId, milestone.id, draft, horizonId);
            onClose();
            focusMilestone(milestone.id);
            // Parked or achieved now: say where it went, as a folded side area hides it.
            const moved = useBoardsStore.getState().boards[boardId]?.milestones[milestone.id];
            const area = moved && sideArea(containerOf(moved));
            if (area && containerOf(milestone) !== area.id)
              showToast(`Moved “${moved.title}” to ${area.title}.`);
          } else {
            const id = store.addMilestone(boardId, horizonId, draft);
            onClose();
            focusMilestone(id);
            const place = milestonePlace(useBoardsStore.getState().boards[boardId]!, id);
            if (place) showToast(`Added “${draft.title}”.`);
          }
        }}
      />
    );
  }

  if (editing.kind === 'share') return <ShareDialog board={board} onClose={onClose} />;
  if (editing.kind === 'values') return <ValuesDialog boardId={boardId} onClose={onClose} />;
  if (editing.kind === 'vote') return <VotingDialog boardId={boardId} onClose={onClose} />;
  if (editing.kind === 'ranking') return <RankingDialog boardId={boardId} onClose={onClose} />;
  if (editing.kind === 'timer') return null;
  if (editing.kind === 'present') return <Presentation board={board} onClose={onClose} />;

  if (editing.kind === 'new-horizon') {
    return (
      <HorizonDialog
        onClose={onClose}
        onSave={(fields) => {
          const outcome = store.addHorizon(boardId, fields);
          if (!outcome.ok) return outcome.reason;
          onClose();
          return null;
        }}
      />
    );
  }

  const index = board.horizons.findIndex((h) => h.id === editing.id);
  const horizon = board.horizons[index];
  if (!horizon) return null;
  const neighbour = board.horizons[index > 0 ? index - 1 : index + 1];
  return (
    <HorizonDialog
      key={horizon.id}
      horizon={horizon}
      index={index}
      total={board.horizons.length}
      milestoneCount={milestoneIdsIn(board, horizon.id).length}
      neighbourTitle={neighbour?.title}
      onClose={onClose}
      onSave={(fields) => {
        const outcome = store.renameHorizon(boardId, horizon.id, fields);
        if (!outcome.ok) return outcome.reason;
        onClose();
        return null;
      }}
      onMove={(delta) => store.moveHorizon(boardId, horizon.id, index + delta)}
      onRemove={() => {
        const result = store.removeHorizon(boardId, horizon.id);
        if (!result.ok) {
          showToast(result.reason);
          return;
        }
        onClose();
        showToast(
          result.movedCount
            ? `Removed “${horizon.title}”; its ${result.movedCount} ${result.movedCount === 1 ? 'milestone moved' : 'milestones moved'} to “${result.movedTo?.title}”.`
            : `Removed “${horizon.title}”.`,
          { label: 'Undo', run: () => useBoardsStore.getState().undo(boardId) },
        );
      }}
    />
  );
}

/**
 * The open vote for the cards: the round, its dots per card, and who the next dot is for.
 * Who is voting is session state: a reload starts with nobody chosen.
 */
function useVotingState(boardId: string) {
  const [voter, setVoter] = useState<{ boardId: string; id: string | null }>({
    boardId,
    id: null,
  });
  const round = useBoardsStore((s) => {
    const board = s.boards[boardId];
    return board && openRound(board);
  });
  const participants = useBoardsStore((s) => s.boards[boardId]?.participants);
  const voterId =
    voter.boardId === boardId && round && participants?.some((p) => p.id === voter.id)
      ? voter.id
      : null;
  const setVoterId = useCallback((id: string | null) => setVoter({ boardId, id }), [boardId]);
  const value = useMemo<VotingContextValue>(
    () => ({
      round,
      tally: round ? countVotes(round.votes, participants ?? []) : new Map(),
      participants: new Map((participants ?? []).map((p) => [p.id, p])),
      voterId,
      vote: (milestoneId, takeBack) => {
        const store = useBoardsStore.getState();
        if (!round) {
          showToast('No vote is open. Start one with Vote in the toolbar.');
          return;
        }
        if (!voterId) {
          showToast('Choose who is voting in the voting bar first.');
          return;
        }
        if (takeBack) {
          if (!store.removeVote(boardId, voterId, milestoneId))
            showToast('No dot of theirs to take back from this card.');
          return;
        }
        const result = store.castVote(boardId, voterId, milestoneId);
        if (!result.ok) showToast(result.reason);
      },
    }),
    [boardId, round, participants, voterId],
  );
  return { value, voterId, setVoterId };
}

/**
 * What the browser prints: the whole board laid flat, mounted only while printing so a big
 * board costs nothing the rest of the time.
 */
function PrintView({ boardId }: { boardId: string }) {
  const board = useBoard(boardId);
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // beforeprint comes just before the page is laid out for print: render in time for it.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  if (!printing || !board) return null;
  return (
    <div className="print-only">
      <BoardPoster board={board} />
    </div>
  );
}
