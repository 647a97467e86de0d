import { newId } from '../../domain/ids';
import {
  boardFromSnapshot,
  removeSnapshot,
  renameSnapshotOn,
  saveSnapshot as saveSnapshotOn,
} from '../../domain/timeline';
import { useBoardsStore } from '../../store/boards-store';

/**
 * The timeline's edits, each one undo step through the store's `edit`: their code loads with
 * the timeline, not with every board.
 */

const store = useBoardsStore.getState;
const now = () => new Date().toISOString();

/**
 * Saves the board as it is now under `name`; what was saved, with the name of the oldest
 * snapshot when it made room at the limit. Undefined when the board is gone.
 */
export function saveSnapshot(
  boardId: string,
  name: string,
): { id: string; dropped?: string } | undefined {
  if (!store().boards[boardId]) return undefined;
  const id = newId();
  let dropped: string | undefined;
  store().edit(boardId, (board) => {
    const saved = saveSnapshotOn(board, { id, name, takenAt: now() });
    dropped = saved.dropped;
    return saved.board;
  });
  return dropped ? { id, dropped } : { id };
}

export const renameSnapshot = (boardId: string, snapshotId: string, name: string) =>
  store().edit(boardId, (board) => renameSnapshotOn(board, snapshotId, name));

export const deleteSnapshot = (boardId: string, snapshotId: string) =>
  store().edit(boardId, (board) => removeSnapshot(board, snapshotId, now()));

/** Adds the board as the snapshot holds it as a new board at the end of the list; its id. */
export function restoreSnapshot(boardId: string, snapshotId: string): string | undefined {
  const board = store().boards[boardId];
  const restored = board && boardFromSnapshot(board, snapshotId);
  return restored && store().importBoards([restored])[0];
}
