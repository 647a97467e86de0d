import { LIMITS, type Board } from '../domain/schema';
import type { ImportedBoard } from '../domain/board-file';
import { newId } from '../domain/ids';
import type { BoardsState } from './boards-store';
import type { DeletedBoard } from './boards-slice';
import { HISTORY_LIMIT } from './history-slice';

/** How the list of boards changes: pure functions of the state, for the boards slice. */

/** The title of an imported copy, kept within the title limit. */
const importedTitle = (title: string) => `${title.slice(0, LIMITS.boardTitle - 11)} (imported)`;

/** Whether an id is in use here: a damaged stored board keeps its id too, never written over. */
const isTaken = (state: BoardsState, id: string) =>
  Boolean(state.boards[id]) || state.damaged.some((d) => d.id === id);

/** A board as it can be added without replacing one: as it is when its id is free, else as a
 * copy under a new id whose title says it was imported. */
export const asNewBoard = (state: BoardsState, board: Board): Board =>
  isTaken(state, board.id) ? { ...board, id: newId(), title: importedTitle(board.title) } : board;

/** A board as it is added from a file: a copy made from a file remembers when that file was
 * made, where its history and the original's went their own ways. */
export const withOrigin = ({ board, exportedAt }: ImportedBoard): Board =>
  exportedAt ? { ...board, basedOn: exportedAt } : board;

/** The list with one more board, at its end. */
export const withBoard = (state: BoardsState, board: Board): Partial<BoardsState> => ({
  boards: { ...state.boards, [board.id]: board },
  boardIds: [...state.boardIds, board.id],
});

/** The list without one board, which goes on the stack Undo delete takes from. */
export function withoutBoard(state: BoardsState, board: Board): Partial<BoardsState> {
  const { id } = board;
  const boards = { ...state.boards };
  delete boards[id];
  const history = { ...state.history };
  delete history[id];
  return {
    boards,
    history,
    boardIds: state.boardIds.filter((other) => other !== id),
    deleted: [...state.deleted, { board, index: state.boardIds.indexOf(id) }].slice(-HISTORY_LIMIT),
  };
}

/** The last board deleted, back where it was in the list. */
export function withUndeleted(state: BoardsState, last: DeletedBoard): Partial<BoardsState> {
  const boardIds = [...state.boardIds];
  boardIds.splice(Math.min(last.index, boardIds.length), 0, last.board.id);
  return {
    boards: { ...state.boards, [last.board.id]: last.board },
    boardIds,
    deleted: state.deleted.slice(0, -1),
  };
}

/** Boards another tab wrote or deleted, taken as they are; their undo histories start again. */
export function withExternal(state: BoardsState, boards: Board[], removed: string[]) {
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
}
