import type { StateCreator } from 'zustand';
import type { Board, Partner } from '../domain/schema';
import {
  setVision as setVisionDoc,
  updatePartner as updatePartnerDoc,
  updateVision as updateVisionDoc,
  type VisionFields,
} from '../domain/boards';
import {
  addMilestone as addMilestoneDoc,
  containerOf,
  deleteMilestone as deleteMilestoneDoc,
  moveMilestone as moveMilestoneDoc,
  updateMilestone as updateMilestoneDoc,
  type MilestoneDraft,
} from '../domain/milestones';
import {
  addHorizon as addHorizonDoc,
  moveHorizon as moveHorizonDoc,
  removeHorizon as removeHorizonDoc,
  renameHorizon as renameHorizonDoc,
  type RemoveHorizonResult,
} from '../domain/horizons';
import { newId } from '../domain/ids';
import { clearExamples as clearExamplesDoc } from '../domain/examples';
import type { BoardsState } from './boards-store';
import { boardEdits, boardGone, type Outcome } from './history-slice';

/** Edits of one board's document: its partner and vision, its milestones and horizons. */
export interface BoardDocumentSlice {
  setVision(boardId: string, vision: string): void;
  updateVision(boardId: string, patch: Partial<VisionFields>): void;
  updatePartner(boardId: string, patch: Partial<Partner>): void;
  addMilestone(
    boardId: string,
    horizonId: string,
    draft: Partial<MilestoneDraft> & Pick<MilestoneDraft, 'title'>,
    index?: number,
  ): string;
  updateMilestone(
    boardId: string,
    id: string,
    patch: Partial<MilestoneDraft>,
    horizonId?: string,
  ): void;
  moveMilestone(boardId: string, id: string, horizonId: string, index: number): void;
  /**
   * An edit whose code loads with the view that makes it (the ladder's drop into a cell, say),
   * as one undo step: `change` is a pure edit from the domain, the same board for no change.
   */
  edit(boardId: string, change: (board: Board) => Board): void;
  deleteMilestone(boardId: string, id: string): void;
  /** Deletes the starter template's examples, all in one undo step. */
  clearExamples(boardId: string): void;
  /** Adds a horizon and gives its id; refused at the limit, or for an empty or taken name. */
  addHorizon(
    boardId: string,
    fields: { title: string; timeframe?: string },
    index?: number,
  ): Outcome<{ id: string }>;
  /** Refused for an empty name or one another horizon has. */
  renameHorizon(
    boardId: string,
    id: string,
    fields: { title?: string; timeframe?: string },
  ): Outcome;
  moveHorizon(boardId: string, id: string, toIndex: number): void;
  removeHorizon(boardId: string, id: string): RemoveHorizonResult;
}

/**
 * The milestone editor's save: the fields, and a new horizon when one was chosen, in one
 * step. Parked or achieved, the card stays in its side area and only remembers the horizon;
 * otherwise it goes to the end of the new horizon.
 */
function updateAndPlace(
  board: Board,
  id: string,
  patch: Partial<MilestoneDraft>,
  horizonId: string | undefined,
): Board {
  const updated = updateMilestoneDoc(board, id, patch);
  const current = updated.milestones[id];
  if (!horizonId || !current || current.horizonId === horizonId) return updated;
  if (containerOf(current) !== current.horizonId)
    return { ...updated, milestones: { ...updated.milestones, [id]: { ...current, horizonId } } };
  return moveMilestoneDoc(updated, id, horizonId, Number.MAX_SAFE_INTEGER);
}

export const createBoardDocumentSlice: StateCreator<BoardsState, [], [], BoardDocumentSlice> = (
  set,
  get,
) => {
  const { commit, attempt } = boardEdits(set, get);
  return {
    setVision: (boardId, vision) => commit(boardId, (board) => setVisionDoc(board, vision)),
    updateVision: (boardId, patch) => commit(boardId, (board) => updateVisionDoc(board, patch)),
    updatePartner: (boardId, patch) => commit(boardId, (board) => updatePartnerDoc(board, patch)),
    addMilestone(boardId, horizonId, draft, index) {
      const id = newId();
      commit(boardId, (board) => addMilestoneDoc(board, horizonId, draft, { id, index }));
      return id;
    },
    updateMilestone(boardId, id, patch, horizonId) {
      commit(boardId, (board) => updateAndPlace(board, id, patch, horizonId));
    },
    moveMilestone(boardId, id, horizonId, index) {
      commit(boardId, (board) => moveMilestoneDoc(board, id, horizonId, index));
    },
    edit(boardId, change) {
      commit(boardId, change);
    },
    deleteMilestone: (boardId, id) => commit(boardId, (board) => deleteMilestoneDoc(board, id)),
    clearExamples: (boardId) => commit(boardId, (board) => clearExamplesDoc(board)),
    addHorizon(boardId, fields, index) {
      const id = newId();
      const outcome = attempt(boardId, (board) => addHorizonDoc(board, fields, { id, index }));
      return outcome.ok ? { ok: true, id } : outcome;
    },
    renameHorizon: (boardId, id, fields) =>
      attempt(boardId, (board) => renameHorizonDoc(board, id, fields)),
    moveHorizon(boardId, id, toIndex) {
      commit(boardId, (board) => moveHorizonDoc(board, id, toIndex));
    },
    removeHorizon(boardId, id) {
      const board = get().boards[boardId];
      if (!board) return boardGone();
      const result = removeHorizonDoc(board, id);
      if (result.ok) commit(boardId, () => result.board);
      return result;
    },
  };
};
