import { newId } from '../../domain/ids';
import {
  boardFromSnapshot,
  removeSnapshot,
  renameSnapshotOn,
  saveSnapshot as saveSnapshotOn,
} from '../../domain/timeline';
import { adoptScenario, forkScenario as forkScenarioOf } from '../../domain/scenarios';
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

/** Forks the board as the scenario `name`, added to the list under it; the scenario's id. */
export function forkAsScenario(boardId: string, name: string): string | undefined {
  const board = store().boards[boardId];
  if (!board) return undefined;
  const fork = forkScenarioOf(board, { id: newId(), name, now: now() });
  return store().importBoards([fork])[0];
}

/**
 * Makes a scenario's plan the main board's, as one step of the main board's undo; the
 * scenario stays, to weigh again. The main board's id, or undefined when either is gone.
 */
export function adoptAsPlan(scenarioId: string): string | undefined {
  const scenario = store().boards[scenarioId];
  const mainId = scenario?.scenario?.of;
  if (!scenario || !mainId || !store().boards[mainId]) return undefined;
  store().edit(mainId, (main) => adoptScenario(main, scenario, now()));
  return mainId;
}
