import { create } from 'zustand';
import type { Board } from '../domain/schema';
import {
  createBoard as createBoardDoc,
  duplicateBoard as duplicateBoardDoc,
  renameBoard as renameBoardDoc,
  setVision as setVisionDoc,
  updatePartner as updatePartnerDoc,
  updateVision as updateVisionDoc,
  type NewBoardInput,
  type VisionFields,
} from '../domain/boards';
import * as values from '../domain/values';
import { placeOnLadder as placeOnLadderDoc, type LadderGrouping } from '../domain/ladder-rows';
import * as voting from '../domain/voting';
import type { Alignment, ValueSide } from '../domain/workshop-terms';
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
import { LIMITS, type Partner } from '../domain/schema';
import { newId } from '../domain/ids';
import type { MergeResult, MergeSummary } from '../domain/merge';
import { stampEdits } from '../domain/edits';

/** How many steps of undo each board keeps while the app is open. */
export const HISTORY_LIMIT = 100;

export type LoadStatus = 'loading' | 'ready' | 'error';

/** Where saving stands. Session state: never saved itself. */
export interface SaveState {
  /**
   * ok: writing to IndexedDB; memory: stored boards are out of reach (no storage, or it
   * could not be read), so the work lives in this tab; failing: writes fail now.
   */
  mode: 'ok' | 'memory' | 'failing';
  pending: boolean;
  /** What happened and what to do, in plain words. */
  message: string | null;
  /** The technical side (an error's name and text), shown folded away. */
  detail?: string | null;
  /** Whether the app keeps trying by itself (to save, or to read storage). */
  retrying?: boolean;
  /** Whether a reload may help: storage was slow or unreadable, or the app was updated. */
  reloadHelps?: boolean;
  /** When stored boards were last read in full; null until the first read succeeds. */
  readAt?: number | null;
  lastSavedAt: number | null;
  /** Something about storage worth telling once, e.g. that it was cleared and rewritten. */
  notice?: string | null;
}

interface History {
  past: Board[];
  future: Board[];
}

/** A stored board that could not be read: listed, offered for download, never written over. */
export interface DamagedRecord {
  key: string;
  id: string;
  error: string;
  raw: unknown;
}

/** A stored board that loaded only after a repair; its original record is kept. */
export interface RepairedRecord {
  /** Where the original is kept. */
  key: string;
  id: string;
  title: string;
  /** What was repaired, in plain words. */
  repairs: string[];
  original: unknown;
  repairedAt: string;
}

export interface DeletedBoard {
  board: Board;
  index: number;
}

export interface BoardsState {
  status: LoadStatus;
  loadError: string | null;
  /** The technical side of loadError, shown folded. */
  loadErrorDetail?: string | null;
  /** Raw data of the stored records that could not be read, offered for download. */
  unreadable: unknown;
  boards: Record<string, Board>;
  /** Board ids in the order they were created; the list sorts for display. */
  boardIds: string[];
  history: Record<string, History>;
  deleted: DeletedBoard[];
  damaged: DamagedRecord[];
  repaired: RepairedRecord[];
  save: SaveState;

  hydrate(boards: Board[], damaged?: DamagedRecord[]): void;
  /** Stored records that need the person's eye: damaged, or repaired on the way in. */
  setStoredRecords(records: { damaged?: DamagedRecord[]; repaired?: RepairedRecord[] }): void;
  /** The person has seen what was repaired; the original stays kept. */
  dismissRepaired(key: string): void;
  failLoad(message: string, unreadable?: unknown, detail?: string): void;
  setSave(patch: Partial<SaveState>): void;

  createBoard(input: NewBoardInput): string;
  renameBoard(id: string, title: string): void;
  duplicateBoard(id: string): string | undefined;
  deleteBoard(id: string): void;
  /** Adds boards from a file; never replaces one: a taken id gets a new one. Returns the ids. */
  importBoards(boards: Board[]): string[];
  /** Merges a teammate's copy into a board here, as one undoable step. */
  /**
   * Merges a teammate's copy into a board here, as one undoable step. The caller says how
   * (`mergeBoards` with their board): the merge code loads only when someone merges.
   */
  mergeBoard(boardId: string, merge: (ours: Board) => MergeResult): MergeSummary | undefined;
  undoDeleteBoard(): string | undefined;
  /**
   * Boards written or deleted by another tab. Not an edit here, so not undoable; the undo
   * history of each board it touches starts again, so an undo cannot quietly revert them.
   */
  applyExternal(boards: Board[], removed: string[]): void;

  setVision(boardId: string, vision: string): void;
  updateVision(boardId: string, patch: Partial<VisionFields>): void;
  addValue(boardId: string, side: ValueSide, text: string): Outcome;
  updateValue(boardId: string, id: string, patch: { text?: string; alignment?: Alignment }): void;
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
  /** Drops a milestone into a ladder cell: its horizon and its type, owner or status at once. */
  placeOnLadder(
    boardId: string,
    id: string,
    horizonId: string,
    grouping: LadderGrouping,
    rowId: string,
  ): void;
  deleteMilestone(boardId: string, id: string): void;
  addHorizon(
    boardId: string,
    fields: { title: string; timeframe?: string },
    index?: number,
  ): string;
  renameHorizon(boardId: string, id: string, fields: { title?: string; timeframe?: string }): void;
  moveHorizon(boardId: string, id: string, toIndex: number): void;
  removeHorizon(boardId: string, id: string): RemoveHorizonResult;

  undo(boardId: string): boolean;
  redo(boardId: string): boolean;
}

/** What an action that can be refused reports: the refusal is a sentence to show. */
export type Outcome = { ok: true } | { ok: false; reason: string };

const EMPTY_HISTORY: History = { past: [], future: [] };

/** The title of an imported copy, kept within the title limit. */
const importedTitle = (title: string) => `${title.slice(0, LIMITS.boardTitle - 11)} (imported)`;

/**
 * An undo or redo is an edit made now: what it brings back gets the time of now, so a merge
 * with another copy does not take it for the older version it looks like.
 */
const asEdit = (current: Board, restored: Board): Board =>
  stampEdits(current, restored, new Date().toISOString());

/** A fresh store; the app uses the one below, tests make their own. */
export const createBoardsStore = () =>
  create<BoardsState>()((set, get) => {
    /**
     * Applies one edit to one board as one undoable step. A no-op edit leaves history alone.
     * What the edit changed gets its edit time, which a merge with another copy goes by; a
     * merge brings its own times, so it is not stamped.
     */
    function commit(
      boardId: string,
      edit: (board: Board) => Board,
      { stamp = true }: { stamp?: boolean } = {},
    ): void {
      const board = get().boards[boardId];
      if (!board) return;
      const edited = edit(board);
      if (edited === board) return;
      const next = stamp ? stampEdits(board, edited, new Date().toISOString()) : edited;
      const history = get().history[boardId] ?? EMPTY_HISTORY;
      set((state) => ({
        boards: { ...state.boards, [boardId]: next },
        history: {
          ...state.history,
          [boardId]: { past: [...history.past, board].slice(-HISTORY_LIMIT), future: [] },
        },
      }));
    }

    /** Applies an edit the domain may refuse; a refusal changes nothing and says why. */
    function attempt(
      boardId: string,
      edit: (board: Board) => { ok: true; board: Board } | { ok: false; reason: string },
    ): Outcome {
      const board = get().boards[boardId];
      if (!board) return { ok: false, reason: 'That board is no longer here.' };
      const result = edit(board);
      if (!result.ok) return result;
      commit(boardId, () => result.board);
      return { ok: true };
    }

    function addBoard(board: Board): string {
      set((state) => ({
        boards: { ...state.boards, [board.id]: board },
        boardIds: [...state.boardIds, board.id],
      }));
      return board.id;
    }

    return {
      status: 'loading',
      loadError: null,
      unreadable: null,
      boards: {},
      boardIds: [],
      history: {},
      deleted: [],
      damaged: [],
      repaired: [],
      save: { mode: 'ok', pending: false, message: null, lastSavedAt: null },

      hydrate(boards, damaged = []) {
        set({
          status: 'ready',
          loadError: null,
          boards: Object.fromEntries(boards.map((b) => [b.id, b])),
          boardIds: boards.map((b) => b.id),
          history: {},
          deleted: [],
          damaged,
        });
      },
      setStoredRecords(records) {
        set(records);
      },
      dismissRepaired(key) {
        set((state) => ({ repaired: state.repaired.filter((r) => r.key !== key) }));
      },
      failLoad(message, unreadable = null, detail) {
        set({ status: 'error', loadError: message, loadErrorDetail: detail ?? null, unreadable });
      },
      setSave(patch) {
        set((state) => ({ save: { ...state.save, ...patch } }));
      },

      createBoard(input) {
        return addBoard(createBoardDoc(input));
      },
      renameBoard(id, title) {
        commit(id, (board) => renameBoardDoc(board, title));
      },
      duplicateBoard(id) {
        const board = get().boards[id];
        return board ? addBoard(duplicateBoardDoc(board)) : undefined;
      },
      importBoards(boards) {
        return boards.map((board) => {
          // A damaged stored board keeps its id too: an import never writes over it.
          const taken =
            Boolean(get().boards[board.id]) || get().damaged.some((d) => d.id === board.id);
          return addBoard(
            taken ? { ...board, id: newId(), title: importedTitle(board.title) } : board,
          );
        });
      },
      mergeBoard(boardId, merge) {
        const board = get().boards[boardId];
        if (!board) return undefined;
        const { board: merged, summary } = merge(board);
        commit(boardId, () => merged, { stamp: false });
        return summary;
      },
      deleteBoard(id) {
        const board = get().boards[id];
        if (!board) return;
        set((state) => {
          const boards = { ...state.boards };
          delete boards[id];
          const history = { ...state.history };
          delete history[id];
          return {
            boards,
            history,
            boardIds: state.boardIds.filter((other) => other !== id),
            deleted: [...state.deleted, { board, index: state.boardIds.indexOf(id) }].slice(
              -HISTORY_LIMIT,
            ),
          };
        });
      },
      applyExternal(boards, removed) {
        set((state) => {
          const next = { ...state.boards };
          const history = { ...state.history };
          const added: string[] = [];
          for (const board of boards) {
            if (!next[board.id]) added.push(board.id);
            next[board.id] = board;
            delete history[board.id];
          }
          for (const id of removed) {
            delete next[id];
            delete history[id];
          }
          return {
            boards: next,
            history,
            boardIds: [...state.boardIds.filter((id) => !removed.includes(id)), ...added],
          };
        });
      },
      undoDeleteBoard() {
        const last = get().deleted.at(-1);
        if (!last) return undefined;
        set((state) => {
          const boardIds = [...state.boardIds];
          boardIds.splice(Math.min(last.index, boardIds.length), 0, last.board.id);
          return {
            boards: { ...state.boards, [last.board.id]: last.board },
            boardIds,
            deleted: state.deleted.slice(0, -1),
          };
        });
        return last.board.id;
      },

      setVision(boardId, vision) {
        commit(boardId, (board) => setVisionDoc(board, vision));
      },
      updateVision(boardId, patch) {
        commit(boardId, (board) => updateVisionDoc(board, patch));
      },
      addValue(boardId, side, text) {
        return attempt(boardId, (board) => {
          try {
            return { ok: true, board: values.addValue(board, side, text) };
          } catch (error) {
            return { ok: false, reason: `${(error as Error).message}.` };
          }
        });
      },
      updateValue(boardId, id, patch) {
        commit(boardId, (board) => values.updateValue(board, id, patch));
      },
      removeValue(boardId, id) {
        commit(boardId, (board) => values.removeValue(board, id));
      },
      addParticipant(boardId, name) {
        return attempt(boardId, (board) => voting.addParticipant(board, name));
      },
      removeParticipant(boardId, id) {
        commit(boardId, (board) => voting.removeParticipant(board, id));
      },
      startRound(boardId, options) {
        return attempt(boardId, (board) => voting.startRound(board, options));
      },
      castVote(boardId, participantId, milestoneId) {
        return attempt(boardId, (board) => voting.castVote(board, participantId, milestoneId));
      },
      removeVote(boardId, participantId, milestoneId) {
        const before = get().boards[boardId];
        commit(boardId, (board) => voting.removeVote(board, participantId, milestoneId));
        return get().boards[boardId] !== before;
      },
      revealRound(boardId) {
        commit(boardId, (board) => voting.revealRound(board));
      },
      resetRound(boardId) {
        commit(boardId, (board) => voting.resetRound(board));
      },
      closeRound(boardId) {
        commit(boardId, (board) => voting.closeRound(board));
      },
      updatePartner(boardId, patch) {
        commit(boardId, (board) => updatePartnerDoc(board, patch));
      },
      addMilestone(boardId, horizonId, draft, index) {
        const id = newId();
        commit(boardId, (board) => addMilestoneDoc(board, horizonId, draft, { id, index }));
        return id;
      },
      updateMilestone(boardId, id, patch, horizonId) {
        commit(boardId, (board) => {
          const updated = updateMilestoneDoc(board, id, patch);
          const current = updated.milestones[id];
          if (!horizonId || !current || current.horizonId === horizonId) return updated;
          // Parked or achieved: it stays in its side area and only remembers the new horizon.
          if (containerOf(current) !== current.horizonId)
            return {
              ...updated,
              milestones: { ...updated.milestones, [id]: { ...current, horizonId } },
            };
          // A new horizon from the editor: the card goes to its end, in the same undo step.
          return moveMilestoneDoc(updated, id, horizonId, Number.MAX_SAFE_INTEGER);
        });
      },
      moveMilestone(boardId, id, horizonId, index) {
        commit(boardId, (board) => moveMilestoneDoc(board, id, horizonId, index));
      },
      placeOnLadder(boardId, id, horizonId, grouping, rowId) {
        commit(boardId, (board) => placeOnLadderDoc(board, id, horizonId, grouping, rowId));
      },
      deleteMilestone(boardId, id) {
        commit(boardId, (board) => deleteMilestoneDoc(board, id));
      },
      addHorizon(boardId, fields, index) {
        const id = newId();
        commit(boardId, (board) => addHorizonDoc(board, fields, { id, index }));
        return id;
      },
      renameHorizon(boardId, id, fields) {
        commit(boardId, (board) => renameHorizonDoc(board, id, fields));
      },
      moveHorizon(boardId, id, toIndex) {
        commit(boardId, (board) => moveHorizonDoc(board, id, toIndex));
      },
      removeHorizon(boardId, id) {
        const board = get().boards[boardId];
        if (!board) return { ok: false, reason: 'That board is no longer here.' };
        const result = removeHorizonDoc(board, id);
        if (result.ok) commit(boardId, () => result.board);
        return result;
      },

      undo(boardId) {
        const history = get().history[boardId];
        const board = get().boards[boardId];
        const previous = history?.past.at(-1);
        if (!history || !board || !previous) return false;
        set((state) => ({
          boards: { ...state.boards, [boardId]: asEdit(board, previous) },
          history: {
            ...state.history,
            [boardId]: { past: history.past.slice(0, -1), future: [board, ...history.future] },
          },
        }));
        return true;
      },
      redo(boardId) {
        const history = get().history[boardId];
        const board = get().boards[boardId];
        const next = history?.future[0];
        if (!history || !board || !next) return false;
        set((state) => ({
          boards: { ...state.boards, [boardId]: asEdit(board, next) },
          history: {
            ...state.history,
            [boardId]: {
              past: [...history.past, board].slice(-HISTORY_LIMIT),
              future: history.future.slice(1),
            },
          },
        }));
        return true;
      },
    };
  });

export const useBoardsStore = createBoardsStore();
