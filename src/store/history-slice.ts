import type { StateCreator, StoreApi } from 'zustand';
import type { Board } from '../domain/schema';
import { stampEdits } from '../domain/edits';
import { explainEntry, logDecision } from '../domain/decision-log';
import { newId } from '../domain/ids';
import { refuse, type Outcome as Edited, type Refusal } from '../domain/result';
import type { BoardsState } from './boards-store';

/** How many steps of undo each board keeps while the app is open. */
export const HISTORY_LIMIT = 100;

export interface History {
  past: Board[];
  future: Board[];
}

/**
 * A live session's undo of one board (issue 15). There each person undoes only their own
 * edits, which the session's document knows and this history does not.
 */
export interface LiveUndo {
  canUndo: boolean;
  canRedo: boolean;
  undo(): void;
  redo(): void;
}

/** A decision just logged (decision-log.ts), whose why the board may ask for. */
export interface AskWhy {
  boardId: string;
  entryId: string;
}

/** Undo and redo per board. Session state: never saved. */
export interface HistorySlice {
  history: Record<string, History>;
  /** The decision the board offers to note a why for; null when none is asked. */
  askWhy: AskWhy | null;
  /**
   * Writes the why of a logged decision into the same undo step as the decision itself, and
   * stops asking; an empty why just stops asking.
   */
  explain(boardId: string, entryId: string, why: string): void;
  /** Stops asking why, writing nothing. */
  skipWhy(): void;
  /** Boards whose undo a live session has taken over. */
  liveUndo: Record<string, LiveUndo>;
  undo(boardId: string): boolean;
  redo(boardId: string): boolean;
  /**
   * Hands a board's undo to its live session, or (null) back: the board's own history starts
   * again then, so an undo can never bring back a board from before others' edits.
   */
  setLiveUndo(boardId: string, live: LiveUndo | null): void;
  /**
   * A board as its live session reads it: others' edits, or the undo of one's own. Not a step
   * of this history, and not stamped: it comes with the edit times of whoever made it. A board
   * not here yet (someone joining) is added.
   */
  receiveLive(board: Board): void;
}

/**
 * What an action that can be refused reports: done (with what `Done` adds, such as a new
 * id), or the refusal, whose `reason` is a sentence to show. A refusal changed nothing.
 */
export type Outcome<Done extends object = object> = ({ ok: true } & Done) | Refusal;

export type SetState = StoreApi<BoardsState>['setState'];
export type GetState = StoreApi<BoardsState>['getState'];

const EMPTY_HISTORY: History = { past: [], future: [] };

export const boardGone = () => refuse('board-gone', 'That board is no longer here.');

const now = () => new Date().toISOString();

/**
 * The one way an edit reaches a board, shared by every slice that edits one. `commit`
 * applies one edit as one undoable step; a no-op edit leaves history alone. What the edit
 * changed gets its edit time, which a merge with another copy goes by; a merge brings its
 * own times, so it is not stamped. `attempt` runs an edit the domain may refuse: a refusal
 * changes nothing and says why.
 */
export function boardEdits(set: SetState, get: GetState) {
  function commit(
    boardId: string,
    edit: (board: Board) => Board,
    { stamp = true }: { stamp?: boolean } = {},
  ): void {
    const board = get().boards[boardId];
    if (!board) return;
    const edited = edit(board);
    if (edited === board) return;
    const at = now();
    let next = stamp ? stampEdits(board, edited, at) : edited;
    // A person's decision about one future is logged, and its why asked for (never a merge's).
    let asked: AskWhy | undefined;
    if (stamp) {
      const logged = logDecision(board, next, { id: newId(), at });
      next = logged.board;
      if (logged.entryId) asked = { boardId, entryId: logged.entryId };
    }
    // Live, the session's own undo records the step (see LiveUndo).
    if (get().liveUndo[boardId]) {
      set((state) => ({
        boards: { ...state.boards, [boardId]: next },
        askWhy: asked ?? state.askWhy,
      }));
      return;
    }
    const history = get().history[boardId] ?? EMPTY_HISTORY;
    set((state) => ({
      boards: { ...state.boards, [boardId]: next },
      askWhy: asked ?? state.askWhy,
      history: {
        ...state.history,
        [boardId]: { past: [...history.past, board].slice(-HISTORY_LIMIT), future: [] },
      },
    }));
  }

  function attempt(boardId: string, edit: (board: Board) => Edited): Outcome {
    const board = get().boards[boardId];
    if (!board) return boardGone();
    const result = edit(board);
    if (!result.ok) return result;
    commit(boardId, () => result.board);
    return { ok: true };
  }

  return { commit, attempt };
}

/**
 * One step back or forward: the board takes `restored`, and the step moves to the other
 * list. An undo or redo is an edit made now: what it brings back gets the time of now, so a
 * merge with another copy does not take it for the older version it looks like.
 */
function step(
  state: BoardsState,
  boardId: string,
  direction: 'undo' | 'redo',
): Partial<BoardsState> | null {
  const history = state.history[boardId];
  const board = state.boards[boardId];
  if (!history || !board) return null;
  const restored = direction === 'undo' ? history.past.at(-1) : history.future[0];
  if (!restored) return null;
  const moved: History =
    direction === 'undo'
      ? { past: history.past.slice(0, -1), future: [board, ...history.future] }
      : {
          past: [...history.past, board].slice(-HISTORY_LIMIT),
          future: history.future.slice(1),
        };
  return {
    boards: { ...state.boards, [boardId]: stampEdits(board, restored, now()) },
    history: { ...state.history, [boardId]: moved },
  };
}

export const createHistorySlice: StateCreator<BoardsState, [], [], HistorySlice> = (set, get) => {
  const move = (boardId: string, direction: 'undo' | 'redo') => {
    const live = get().liveUndo[boardId];
    if (live) {
      const can = direction === 'undo' ? live.canUndo : live.canRedo;
      if (can) live[direction]();
      return can;
    }
    const next = step(get(), boardId, direction);
    if (next) set(next);
    return next !== null;
  };
  return {
    history: {},
    askWhy: null,
    explain(boardId, entryId, why) {
      set((state) => {
        const board = state.boards[boardId];
        const explained = board && why.trim() ? explainEntry(board, entryId, why, now()) : board;
        return {
          askWhy: null,
          ...(explained && explained !== board
            ? { boards: { ...state.boards, [boardId]: explained } }
            : {}),
        };
      });
    },
    skipWhy: () => set({ askWhy: null }),
    liveUndo: {},
    undo: (boardId) => move(boardId, 'undo'),
    redo: (boardId) => move(boardId, 'redo'),
    setLiveUndo(boardId, live) {
      set((state) => {
        const liveUndo = { ...state.liveUndo };
        if (live) liveUndo[boardId] = live;
        else delete liveUndo[boardId];
        const history = { ...state.history };
        delete history[boardId];
        return { liveUndo, history };
      });
    },
    receiveLive(received) {
      set((state) => {
        // The session does not carry the timeline: what this tab holds stays.
        const timeline = state.boards[received.id]?.timeline;
        const board = timeline ? { ...received, timeline } : received;
        return {
          boards: { ...state.boards, [board.id]: board },
          boardIds: state.boards[board.id] ? state.boardIds : [...state.boardIds, board.id],
        };
      });
    },
  };
};
