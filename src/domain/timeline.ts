import { LIMITS, type Board, type Timeline } from './schema';
import { duplicateBoard } from './boards';
import { newId } from './ids';
import {
  EMPTY_HISTORY,
  boardAt,
  deleteSnapshot,
  mergeHistories,
  renameSnapshot,
  takeSnapshot,
  withoutUnused,
  type Snapshot,
} from './snapshots';
import { mergeLogs } from './decision-log';

import { jsonEqual } from './json-equal';

/**
 * A board's timeline (schema.ts): its snapshots and its decision log, as one part of the board
 * that every edit of it goes through. Each function returns the board itself when nothing
 * changes, so an edit that does nothing is no step of undo. Pure.
 */

export const EMPTY_TIMELINE: Timeline = { ...EMPTY_HISTORY, log: [] };

export const timelineOf = (board: Pick<Board, 'timeline'>): Timeline =>
  board.timeline ?? EMPTY_TIMELINE;

export const snapshotsOf = (board: Pick<Board, 'timeline'>): readonly Snapshot[] =>
  timelineOf(board).snapshots;

const withTimeline = (board: Board, timeline: Timeline): Board =>
  timeline === board.timeline ? board : { ...board, timeline };

/**
 * Freezes the board as it is now under `name`. At the limit, the oldest snapshot gives way,
 * and its name is returned so the person can be told.
 */
export function saveSnapshot(
  board: Board,
  { id, name, takenAt }: { id: string; name: string; takenAt: string },
): { board: Board; dropped?: string } {
  const timeline = timelineOf(board);
  let history = takeSnapshot(timeline, board, {
    id,
    name: name.trim().replace(/\s+/g, ' ').slice(0, LIMITS.snapshotName),
    takenAt,
  });
  let dropped: string | undefined;
  if (history.snapshots.length > LIMITS.snapshots) {
    const oldest = history.snapshots[0]!;
    dropped = oldest.name;
    history = deleteSnapshot(history, oldest.id);
  }
  return {
    board: withTimeline(board, { ...timeline, ...history }),
    ...(dropped ? { dropped } : {}),
  };
}

/**
 * The board without one snapshot. A tombstone keeps it deleted when this board meets a copy
 * that still has it (merge.ts).
 */
export function removeSnapshot(board: Board, snapshotId: string, now: string): Board {
  const timeline = timelineOf(board);
  const history = deleteSnapshot(timeline, snapshotId);
  if (history === timeline || history.snapshots === timeline.snapshots) return board;
  return {
    ...board,
    timeline: { ...timeline, ...history },
    deleted: { ...board.deleted, [snapshotId]: now },
  };
}

export function renameSnapshotOn(board: Board, snapshotId: string, name: string): Board {
  const clean = name.trim().replace(/\s+/g, ' ').slice(0, LIMITS.snapshotName);
  if (!clean) return board;
  const timeline = timelineOf(board);
  const history = renameSnapshot(timeline, snapshotId, clean);
  return history === timeline ? board : withTimeline(board, { ...timeline, ...history });
}

/**
 * Two copies' timelines as one: every snapshot and log entry either holds, except snapshots
 * a tombstone in `deleted` names. `ours` itself when theirs adds and removes nothing.
 */
export function mergeTimelines(
  ours: Timeline | undefined,
  theirs: Timeline | undefined,
  deleted: Readonly<Record<string, string>>,
): Timeline | undefined {
  const gone = new Set(
    [...(ours?.snapshots ?? []), ...(theirs?.snapshots ?? [])]
      .map((s) => s.id)
      .filter((id) => Object.hasOwn(deleted, id)),
  );
  if (!theirs && !gone.size) return ours;
  const mine = ours ?? EMPTY_TIMELINE;
  const other = theirs ?? EMPTY_TIMELINE;
  const history = mergeHistories(mine, other, gone);
  const log = mergeLogs(mine.log, other.log).slice(-LIMITS.logEntries);
  const same =
    history.snapshots.length === mine.snapshots.length &&
    history.snapshots.every((s, i) => s.id === mine.snapshots[i]!.id) &&
    jsonEqual(log, mine.log);
  if (same) return ours;
  const snapshots = history.snapshots.slice(-LIMITS.snapshots);
  return { records: withoutUnused(history.records, snapshots), snapshots, log };
}

/** The snapshots `merged` holds that `ours` did not: what a merge brought in. */
export const snapshotsAdded = (
  ours: Timeline | undefined,
  merged: Timeline | undefined,
): Snapshot[] => {
  const known = new Set((ours?.snapshots ?? []).map((s) => s.id));
  return (merged?.snapshots ?? []).filter((s) => !known.has(s.id));
};

/**
 * A snapshot as a board of its own, to work on from there: new ids (duplicateBoard), a title
 * that says which moment it is, and no timeline. Undefined for no such snapshot.
 */
export function boardFromSnapshot(
  board: Board,
  snapshotId: string,
  { id = newId(), now = new Date().toISOString() }: { id?: string; now?: string } = {},
): Board | undefined {
  const snapshot = snapshotsOf(board).find((s) => s.id === snapshotId);
  const then = snapshot && boardAt(timelineOf(board), snapshotId);
  if (!snapshot || !then) return undefined;
  const suffix = ` – ${snapshot.name}`;
  const title = `${then.title.slice(0, LIMITS.boardTitle - suffix.length)}${suffix}`;
  return duplicateBoard(then, { id, now, title });
}
