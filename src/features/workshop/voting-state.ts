import { useCallback, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { openRound } from '../../domain/voting';
import { countVotes } from '../../domain/tally';
import { useBoardsStore } from '../../store/boards-store';
import { useLiveRole } from '../../store/live-room';
import { showToast } from '../../ui/toast-store';
import type { VotingContextValue } from '../../ui/board/voting-context';

/**
 * The open vote for the cards: the round, its dots per card, and who the next dot is for.
 * Who is voting is session state: a reload starts with nobody chosen. In a live session it is
 * this laptop's person, always: a hidden round then shows each laptop only its own dots.
 */
export function useVotingState(boardId: string) {
  const [voter, setVoter] = useState<{
    boardId: string;
    id: string | null;
    /** Live: the round in which this laptop paused voting (a new round votes again). */
    pausedIn?: string;
  }>({ boardId, id: null });
  const { round, participants } = useBoardsStore(
    useShallow((s) => {
      const board = s.boards[boardId];
      return { round: board && openRound(board), participants: board?.participants };
    }),
  );
  // Live, each laptop votes as its own person only (store/live-room.ts).
  const role = useLiveRole(boardId);
  // There, "nobody" (null) pauses voting in this round, so clicks open cards again.
  const current = voter.boardId === boardId ? voter.id : null;
  const paused = voter.boardId === boardId && round !== undefined && voter.pausedIn === round.id;
  const chosen = role ? (paused ? null : role.me) : current;
  const voterId = round && participants?.some((p) => p.id === chosen) ? chosen : null;
  const roundId = round?.id;
  const setVoterId = useCallback(
    (id: string | null) => setVoter({ boardId, id, pausedIn: id === null ? roundId : undefined }),
    [boardId, roundId],
  );
  const value = useMemo<VotingContextValue>(
    () => ({
      round,
      tally: round ? countVotes(round.votes, participants ?? []) : new Map(),
      participants: new Map((participants ?? []).map((p) => [p.id, p])),
      voterId,
      vote: (milestoneId, takeBack) =>
        vote(boardId, round !== undefined, voterId, milestoneId, takeBack),
    }),
    [boardId, round, participants, voterId],
  );
  return { value, voterId, setVoterId };
}

/** One dot given or taken back, or a word on why not. */
function vote(
  boardId: string,
  roundOpen: boolean,
  voterId: string | null,
  milestoneId: string,
  takeBack: boolean,
) {
  const store = useBoardsStore.getState();
  if (!roundOpen) {
    showToast('No vote is open. Start one with Vote in the toolbar.');
    return;
  }
  if (!voterId) {
    showToast('Choose who is voting in the voting bar first.');
    return;
  }
  if (takeBack) {
    if (!store.removeVote(boardId, voterId, milestoneId))
      showToast('No dot of theirs to take back from this milestone.');
    return;
  }
  const result = store.castVote(boardId, voterId, milestoneId);
  if (!result.ok) showToast(result.reason);
}
