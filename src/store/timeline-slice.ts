import type { StateCreator } from 'zustand';
import { newId } from '../domain/ids';
import {
  boardFromSnapshot,
  explainEntry,
  removeSnapshot,
  renameSnapshotOn,
  saveSnapshot as saveSnapshotDoc,
} from '../domain/timeline';
import { refuse } from '../domain/result';
import type { BoardsState } from './boards-store';
import { boardEdits, boardGone, type Outcome } from './history-slice';
import { withBoard } from './board-list';

/** A board's timeline: its snapshots and decision log (domain/timeline.ts). Each edit is one undo step. */
export interface TimelineSlice {
  /**
   * Freezes the board now under `name`; gives the snapshot's id, and the name of the oldest
   * snapshot when it gave way at the limit. Refused for an empty name.
   */
  saveSnapshot(boardId: string, name: string): Outcome<{ id: string; dropped?: string }>;
  renameSnapshot(boardId: string, snapshotId: string, name: string): void;
  deleteSnapshot(boardId: string, snapshotId: string): void;
  /** Adds the board as a snapshot holds it as a new board at the end of the list; its id. */
  restoreSnapshot(boardId: string, snapshotId: string): string | undefined;
  /** Writes (or rewrites) the why of a decision-log entry. */
  explainChange(boardId: string, entryId: string, why: string): void;
}

const now = () => new Date().toISOString();

export const createTimelineSlice: StateCreator<BoardsState, [], [], TimelineSlice> = (set, get) => {
  const { commit } = boardEdits(set, get);
  return {
    saveSnapshot(boardId, name) {
      const board = get().boards[boardId];
      if (!board) return boardGone();
      if (!name.trim())
        return refuse(
          'snapshot-needs-name',
          'Give the snapshot a name, such as “Q4 2026 workshop”.',
        );
      const id = newId();
      const saved = saveSnapshotDoc(board, { id, name, takenAt: now() });
      commit(boardId, () => saved.board);
      return { ok: true, id, ...(saved.dropped ? { dropped: saved.dropped } : {}) };
    },
    renameSnapshot: (boardId, snapshotId, name) =>
      commit(boardId, (board) => renameSnapshotOn(board, snapshotId, name)),
    deleteSnapshot: (boardId, snapshotId) =>
      commit(boardId, (board) => removeSnapshot(board, snapshotId, now())),
    restoreSnapshot(boardId, snapshotId) {
      const board = get().boards[boardId];
      const restored = board && boardFromSnapshot(board, snapshotId);
      if (!restored) return undefined;
      set((state) => withBoard(state, restored));
      return restored.id;
    },
    explainChange: (boardId, entryId, why) =>
      commit(boardId, (board) => explainEntry(board, entryId, why, now())),
  };
};
