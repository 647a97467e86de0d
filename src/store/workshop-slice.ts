import type { StateCreator } from 'zustand';
import * as values from '../domain/values';
import * as voting from '../domain/voting';
import type { Alignment, ValueSide } from '../domain/workshop-terms';
import type { BoardsState } from './boards-store';
import { boardEdits, type Outcome } from './history-slice';

/** The workshop on a board: values and how far they are shared, participants, dot voting. */
export interface WorkshopSlice {
  addValue(boardId: string, side: ValueSide, text: string): Outcome;
  updateValue(
    boardId: string,
    id: string,
    patch: { text?: string; alignment?: Alignment; internal?: boolean },
  ): void;
  removeValue(boardId: string, id: string): void;
  addParticipant(boardId: string, name: string): Outcome;
  removeParticipant(boardId: string, id: string): void;
  startRound(
    boardId: string,
    options: { dots?: number; hidden?: boolean; title?: string },
  ): Outcome;
  castVote(boardId: string, participantId: string, milestoneId: string): Outcome;
  removeVote(boardId: string, participantId: string, milestoneId: string): boolean;
  revealRound(boardId: string): void;
  resetRound(boardId: string): void;
  closeRound(boardId: string): void;
}

export const createWorkshopSlice: StateCreator<BoardsState, [], [], WorkshopSlice> = (set, get) => {
  const { commit, attempt } = boardEdits(set, get);
  return {
    addValue: (boardId, side, text) =>
      attempt(boardId, (board) => values.addValue(board, side, text)),
    updateValue(boardId, id, patch) {
      commit(boardId, (board) => values.updateValue(board, id, patch));
    },
    removeValue: (boardId, id) => commit(boardId, (board) => values.removeValue(board, id)),
    addParticipant: (boardId, name) =>
      attempt(boardId, (board) => voting.addParticipant(board, name)),
    removeParticipant: (boardId, id) =>
      commit(boardId, (board) => voting.removeParticipant(board, id)),
    startRound: (boardId, options) =>
      attempt(boardId, (board) => voting.startRound(board, options)),
    castVote: (boardId, participantId, milestoneId) =>
      attempt(boardId, (board) => voting.castVote(board, participantId, milestoneId)),
    removeVote(boardId, participantId, milestoneId) {
      const before = get().boards[boardId];
      commit(boardId, (board) => voting.removeVote(board, participantId, milestoneId));
      return get().boards[boardId] !== before;
    },
    revealRound: (boardId) => commit(boardId, (board) => voting.revealRound(board)),
    resetRound: (boardId) => commit(boardId, (board) => voting.resetRound(board)),
    closeRound: (boardId) => commit(boardId, (board) => voting.closeRound(board)),
  };
};
