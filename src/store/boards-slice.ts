import type { StateCreator } from 'zustand';
import type { Board } from '../domain/schema';
import {
  createBoard as createBoardDoc,
  duplicateBoard as duplicateBoardDoc,
  renameBoard as renameBoardDoc,
  type NewBoardInput,
} from '../domain/boards';
import type { MergeResult, MergeSummary } from '../domain/merge';
import type { ImportedBoard } from '../domain/board-file';
import type { BoardsState } from './boards-store';
import { boardEdits, type GetState, type Outcome, type SetState } from './history-slice';
import {
  asNewBoard,
  withBoard,
  withExternal,
  withOrigin,
  withUndeleted,
  withoutBoard,
} from './board-list';

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

/** What became of one board of a file: added (under which id and title), or left for the
 * person to choose because a board with its id is already here. */
export type ImportPlacement =
  | { outcome: 'added'; id: string; title: string }
  | { outcome: 'already-here'; imported: ImportedBoard };

/** The boards this browser holds, how loading and saving them went, and the list's actions. */
export interface BoardsSlice {
  status: LoadStatus;
  loadError: string | null;
  /** The technical side of loadError, shown folded. */
  loadErrorDetail?: string | null;
  /** Raw data of the stored records that could not be read, offered for download. */
  unreadable: unknown;
  boards: Record<string, Board>;
  /** Board ids in the order they were created; the list sorts for display. */
  boardIds: string[];
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
  /** Refused for an empty name. */
  renameBoard(id: string, title: string): Outcome;
  duplicateBoard(id: string): string | undefined;
  deleteBoard(id: string): void;
  /** Adds boards from a file; never replaces one: a taken id gets a new one. Returns the ids. */
  importBoards(boards: Board[]): string[];
  /**
   * The one place that decides what the boards of a file become here. A board with the id
   * of one already here is handed back, unchanged, for the person to choose: merge it or add
   * it as a copy. Every other board is added (see `importBoards`). Decided against the boards
   * here before the call, so a file that holds one board twice adds both.
   */
  importFromFile(boards: readonly ImportedBoard[]): ImportPlacement[];
  /** Adds a board of a file as a separate copy, the person's choice for one already here. */
  importCopy(imported: ImportedBoard): { id: string; title: string };
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
}

/** Adds a board at the end of the list; gives its id. */
function addBoard(set: SetState, board: Board): string {
  set((state) => withBoard(state, board));
  return board.id;
}

/** How loading and saving stand: session state the persistence layer keeps up to date. */
function storageSide(
  set: SetState,
): Pick<
  BoardsSlice,
  | 'status'
  | 'loadError'
  | 'unreadable'
  | 'damaged'
  | 'repaired'
  | 'save'
  | 'hydrate'
  | 'setStoredRecords'
  | 'dismissRepaired'
  | 'failLoad'
  | 'setSave'
> {
  return {
    status: 'loading',
    loadError: null,
    unreadable: null,
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
    setStoredRecords: (records) => set(records),
    dismissRepaired(key) {
      set((state) => ({ repaired: state.repaired.filter((r) => r.key !== key) }));
    },
    failLoad(message, unreadable = null, detail) {
      set({ status: 'error', loadError: message, loadErrorDetail: detail ?? null, unreadable });
    },
    setSave: (patch) => set((state) => ({ save: { ...state.save, ...patch } })),
  };
}

/** Boards from a file or a link: added beside the others, never in place of one. */
function importSide(
  set: SetState,
  get: GetState,
): Pick<BoardsSlice, 'importBoards' | 'importFromFile' | 'importCopy'> {
  const addImported = (board: Board): string => addBoard(set, asNewBoard(get(), board));
  const addedFrom = (imported: ImportedBoard) => {
    const id = addImported(withOrigin(imported));
    return { id, title: get().boards[id]!.title };
  };
  return {
    importBoards: (boards) => boards.map(addImported),
    importFromFile(boards) {
      const here = get().boards;
      return boards.map((imported) =>
        here[imported.board.id]
          ? { outcome: 'already-here', imported }
          : { outcome: 'added', ...addedFrom(imported) },
      );
    },
    importCopy: addedFrom,
  };
}

export const createBoardsSlice: StateCreator<BoardsState, [], [], BoardsSlice> = (set, get) => {
  const { commit, attempt } = boardEdits(set, get);
  return {
    ...storageSide(set),
    ...importSide(set, get),
    boards: {},
    boardIds: [],
    deleted: [],
    createBoard: (input) => addBoard(set, createBoardDoc(input)),
    renameBoard: (id, title) => attempt(id, (board) => renameBoardDoc(board, title)),
    duplicateBoard(id) {
      const board = get().boards[id];
      return board ? addBoard(set, duplicateBoardDoc(board)) : undefined;
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
      if (board) set((state) => withoutBoard(state, board));
    },
    applyExternal: (boards, removed) => set((state) => withExternal(state, boards, removed)),
    undoDeleteBoard() {
      const last = get().deleted.at(-1);
      if (!last) return undefined;
      set((state) => withUndeleted(state, last));
      return last.board.id;
    },
  };
};
