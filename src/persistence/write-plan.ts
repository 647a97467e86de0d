import type { Board } from '../domain/schema';
import type { BoardsState } from '../store/boards-store';
import type { Guard } from './board-storage';
import {
  INDEX_KEY,
  boardKey,
  timelineKey,
  toIndexRecord,
  toTimelineRecord,
  toStoredBoard,
  type QuarantineRecord,
  type Revisions,
} from './record-format';
import type { PendingChanges } from './unload-journal';

/**
 * What differs between this tab and storage, worked out without touching either: the write
 * that would bring storage in step, and the changes a journal entry would keep.
 */

/** What this tab holds now: the store's boards and their order. */
export type Holding = Pick<BoardsState, 'boards' | 'boardIds'>;

/** What this tab last knew to be stored: what every write is compared against. */
export interface Baseline {
  saved: Readonly<Record<string, Board>>;
  savedIds: readonly string[];
  /** The revision of each stored board, checked in the write's own transaction. */
  revs: Revisions;
}

/** One write: puts and deletes in one transaction, guarded by the revisions last seen. */
export interface WriteBatch {
  puts: [string, unknown][];
  deletes: string[];
  guard: Guard;
  /** The revision each written board gets. */
  written: Record<string, number>;
  writtenBoards: Record<string, Board>;
  deletedIds: string[];
}

export const sameIds = (a: readonly string[], b: readonly string[]) =>
  a === b || (a.length === b.length && a.every((id, i) => id === b[i]));

/**
 * The write that stores what this tab holds: every board changed since the baseline at its
 * next revision, deletions, kept originals of repaired boards, and the index with them.
 * Null when there is nothing to write: the tab is in step with storage (at most, boards
 * another tab wrote have changed here), and what it holds is what is stored.
 */
export function planWrite(
  now: Holding,
  { saved, savedIds, revs }: Baseline,
  quarantine: readonly [string, QuarantineRecord][],
): WriteBatch | null {
  const { boards: current, boardIds } = now;
  if (current === saved && boardIds === savedIds && !quarantine.length) return null;
  const batch: WriteBatch = {
    puts: [...quarantine],
    deletes: [],
    guard: {},
    written: {},
    writtenBoards: {},
    deletedIds: Object.keys(saved).filter((id) => !current[id]),
  };
  for (const [id, board] of Object.entries(current)) {
    if (saved[id] === board) continue;
    const rev = (revs[id] ?? -1) + 1;
    batch.puts.push([boardKey(id), toStoredBoard(board, rev)]);
    batch.guard[boardKey(id)] = revs[id];
    batch.written[id] = rev;
    batch.writtenBoards[id] = board;
    // The timeline only when it changed: it may be far bigger than the board.
    const timeline = board.timeline;
    if (timeline !== saved[id]?.timeline) {
      if (timeline) batch.puts.push([timelineKey(id), toTimelineRecord(timeline)]);
      else batch.deletes.push(timelineKey(id));
    }
  }
  const boardsChanged =
    batch.puts.length > quarantine.length ||
    batch.deletedIds.length > 0 ||
    !sameIds(boardIds, savedIds);
  if (!boardsChanged && !quarantine.length) return null;
  for (const id of batch.deletedIds) batch.guard[boardKey(id)] = revs[id];
  batch.deletes.push(...batch.deletedIds.flatMap((id) => [boardKey(id), timelineKey(id)]));
  batch.puts.push([INDEX_KEY, toIndexRecord(boardIds, current)]);
  return batch;
}

/** Unsaved changes, as this tab's journal entry would hold them; null when there are none. */
export function unsavedChanges(now: Holding, { saved, savedIds }: Baseline): PendingChanges | null {
  const { boards: current, boardIds } = now;
  if (current === saved && boardIds === savedIds) return null;
  return {
    boards: Object.values(current).filter((board) => saved[board.id] !== board),
    deleted: Object.keys(saved).filter((id) => !current[id]),
    order: boardIds,
  };
}
