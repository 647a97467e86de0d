import { jsonEqual } from './json-equal';
import type { Board, Milestone, Snapshot, Timeline } from './schema';

/**
 * Snapshots: named, dated moments of a board ("Q4 2026 workshop"), kept read-only beside it
 * for as long as the partnership lasts. A board with fifty snapshots of five hundred
 * milestones must not weigh fifty boards, so a history keeps each version of a milestone
 * once, in `records`, and a snapshot only says which version of each milestone it holds.
 * A milestone nobody touched between two snapshots costs the second one a reference.
 * Pure: every function returns a new history and never changes the one it is given.
 */

export type { Snapshot } from './schema';

/** The board at one moment, without its milestones (they are in the history's records). */
export type SnapshotBoard = Snapshot['board'];

/** The snapshots of a timeline (schema.ts), with the milestone versions they hold. */
export type SnapshotHistory = Pick<Timeline, 'records' | 'snapshots'>;

export const EMPTY_HISTORY: SnapshotHistory = { records: {}, snapshots: [] };

/** Oldest first, the order a history keeps its snapshots in. */
export const byTakenAt = (a: Snapshot, b: Snapshot) =>
  a.takenAt < b.takenAt ? -1 : a.takenAt > b.takenAt ? 1 : 0;

const SEPARATOR = '~';
const keyOf = (milestoneId: string, n: number) => `${milestoneId}${SEPARATOR}${n}`;
const milestoneOfKey = (key: string) => key.slice(0, key.lastIndexOf(SEPARATOR));

/** The first free key for a new version of `milestoneId`. */
function freeKey(records: Record<string, Milestone>, milestoneId: string): string {
  let n = 1;
  while (Object.hasOwn(records, keyOf(milestoneId, n))) n++;
  return keyOf(milestoneId, n);
}

/**
 * The key of `milestone` as it is now: the version the latest snapshot holds when nothing
 * changed since, else a new one (added to `records`, which this mutates: it is the new
 * history's own copy).
 */
function versionKey(
  records: Record<string, Milestone>,
  latest: Record<string, string> | undefined,
  milestone: Milestone,
): string {
  const known = latest?.[milestone.id];
  if (known && jsonEqual(records[known], milestone)) return known;
  const key = freeKey(records, milestone.id);
  records[key] = milestone;
  return key;
}

/** Freezes `board` as a snapshot named `name`, taken at `takenAt`. */
export function takeSnapshot(
  history: SnapshotHistory,
  board: Board,
  { id, name, takenAt }: { id: string; name: string; takenAt: string },
): SnapshotHistory {
  const records = { ...history.records };
  const latest = history.snapshots.at(-1)?.milestones;
  const milestones: Record<string, string> = {};
  for (const milestone of Object.values(board.milestones))
    milestones[milestone.id] = versionKey(records, latest, milestone);
  const { milestones: _all, deleted: _deleted, timeline: _timeline, ...rest } = board;
  const snapshot: Snapshot = { id, name, takenAt, board: rest, milestones };
  return {
    records,
    snapshots: [...history.snapshots, snapshot].sort(byTakenAt),
  };
}

/**
 * The whole board as a snapshot holds it, to show read-only, compare or restore; undefined
 * for no such snapshot. A milestone whose record is missing (a damaged history) is left out.
 */
export function boardAt(history: SnapshotHistory, snapshotId: string): Board | undefined {
  const snapshot = history.snapshots.find((s) => s.id === snapshotId);
  if (!snapshot) return undefined;
  const milestones: Board['milestones'] = {};
  for (const [id, key] of Object.entries(snapshot.milestones)) {
    const record = history.records[key];
    if (record) milestones[id] = record;
  }
  return { ...snapshot.board, milestones };
}

/** Keeps only the records some snapshot still holds. */
export function withoutUnused(
  records: Record<string, Milestone>,
  snapshots: readonly Snapshot[],
): Record<string, Milestone> {
  const used = new Set(snapshots.flatMap((s) => Object.values(s.milestones)));
  return Object.fromEntries(Object.entries(records).filter(([key]) => used.has(key)));
}

/** The history without one snapshot, and without the versions only it held. */
export function deleteSnapshot(history: SnapshotHistory, snapshotId: string): SnapshotHistory {
  const snapshots = history.snapshots.filter((s) => s.id !== snapshotId);
  if (snapshots.length === history.snapshots.length) return history;
  return { records: withoutUnused(history.records, snapshots), snapshots };
}

/** Renames a snapshot; the same history for no change. */
export function renameSnapshot(
  history: SnapshotHistory,
  snapshotId: string,
  name: string,
): SnapshotHistory {
  const found = history.snapshots.find((s) => s.id === snapshotId);
  if (!found || found.name === name) return history;
  return {
    ...history,
    snapshots: history.snapshots.map((s) => (s.id === snapshotId ? { ...s, name } : s)),
  };
}

/**
 * Two copies' histories as one: every snapshot either holds (a snapshot is never changed
 * once taken, so one on both sides is the same; ours keeps its name if they differ), each
 * milestone version once. Two copies may have given one key to different versions: theirs
 * then gets a free key, and their snapshots follow it. `deleted` holds snapshot ids either
 * side deleted: those stay deleted.
 */
export function mergeHistories(
  ours: SnapshotHistory,
  theirs: SnapshotHistory,
  deleted: ReadonlySet<string> = new Set(),
): SnapshotHistory {
  const records = { ...ours.records };
  const rekeyed = new Map<string, string>();
  for (const [key, record] of Object.entries(theirs.records)) {
    if (!Object.hasOwn(records, key)) records[key] = record;
    else if (!jsonEqual(records[key], record)) {
      const same = Object.entries(records).find(
        ([k, r]) => milestoneOfKey(k) === record.id && jsonEqual(r, record),
      )?.[0];
      const next = same ?? freeKey(records, record.id);
      records[next] = record;
      rekeyed.set(key, next);
    }
  }
  const ourIds = new Set(ours.snapshots.map((s) => s.id));
  const incoming = theirs.snapshots
    .filter((s) => !ourIds.has(s.id))
    .map((s) => ({
      ...s,
      milestones: Object.fromEntries(
        Object.entries(s.milestones).map(([id, key]) => [id, rekeyed.get(key) ?? key]),
      ),
    }));
  const snapshots = [...ours.snapshots, ...incoming]
    .filter((s) => !deleted.has(s.id))
    .sort(byTakenAt);
  return { records: withoutUnused(records, snapshots), snapshots };
}
