import {
  LIMITS,
  logEntrySchema,
  milestoneSchema,
  snapshotSchema,
  versionKeySchema,
  type LogEntry,
  type Snapshot,
  type Timeline,
} from './schema';
import { EMPTY_HISTORY, byTakenAt, withoutUnused, type SnapshotHistory } from './snapshots';
import { mergeLogs } from './decision-log';

/**
 * Reading a board's timeline (snapshots and decision log) from storage or a file, where it
 * may be damaged: each record, snapshot and log entry is checked on its own, and what cannot
 * be read is left out and named, so a damaged snapshot never stops its board (or the other
 * snapshots) from loading.
 */

export interface RestoredHistory {
  history: SnapshotHistory;
  /** What was left out, in words: "the snapshot “Q4 2026 workshop”: 2 of its milestones". */
  dropped: string[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const nameOf = (raw: unknown, index: number) =>
  isObject(raw) && typeof raw.name === 'string' && raw.name.trim()
    ? `the snapshot “${raw.name.trim().slice(0, LIMITS.snapshotName)}”`
    : `snapshot ${index + 1}`;

/** The history in `raw`, with what could not be read left out and said; never throws. */
export function restoreHistory(raw: unknown): RestoredHistory {
  if (raw === undefined) return { history: EMPTY_HISTORY, dropped: [] };
  if (!isObject(raw)) return { history: EMPTY_HISTORY, dropped: ['the snapshots: unreadable'] };
  const dropped: string[] = [];
  const records: SnapshotHistory['records'] = {};
  let badRecords = 0;
  for (const [key, value] of Object.entries(isObject(raw.records) ? raw.records : {})) {
    const parsed = milestoneSchema.safeParse(value);
    if (versionKeySchema.safeParse(key).success && parsed.success) records[key] = parsed.data;
    else badRecords++;
  }
  const snapshots: Snapshot[] = [];
  const list = Array.isArray(raw.snapshots) ? raw.snapshots : [];
  if (raw.snapshots !== undefined && !Array.isArray(raw.snapshots))
    dropped.push('the snapshots: unreadable');
  list.forEach((value: unknown, index) => {
    const parsed = snapshotSchema.safeParse(value);
    if (!parsed.success) {
      dropped.push(`${nameOf(value, index)}: unreadable`);
      return;
    }
    const snapshot: Snapshot = parsed.data;
    const missing = Object.values(snapshot.milestones).filter((key) => !records[key]).length;
    if (missing)
      dropped.push(
        `${nameOf(value, index)}: ${missing} of its ${Object.keys(snapshot.milestones).length} milestones`,
      );
    if (!snapshots.some((s) => s.id === snapshot.id)) snapshots.push(snapshot);
  });
  // Versions no snapshot reads from stay out; unreadable ones a snapshot needed are told
  // with it, above.
  if (badRecords && !dropped.length) dropped.push(`${badRecords} unreadable milestone versions`);
  snapshots.sort(byTakenAt);
  return { history: { records: withoutUnused(records, snapshots), snapshots }, dropped };
}

export interface RestoredTimeline {
  /** Undefined when the board has none. */
  timeline: Timeline | undefined;
  dropped: string[];
}

/**
 * A board's timeline in `raw`: its snapshots as restoreHistory reads them, and each log entry
 * that can be read, oldest first, the newest kept within the limits. Never throws.
 */
export function restoreTimeline(raw: unknown): RestoredTimeline {
  if (raw === undefined) return { timeline: undefined, dropped: [] };
  const { history, dropped } = restoreHistory(raw);
  const log: LogEntry[] = [];
  let badEntries = 0;
  const rawLog = isObject(raw) && Array.isArray(raw.log) ? raw.log : [];
  if (isObject(raw) && raw.log !== undefined && !Array.isArray(raw.log))
    dropped.push('the decision log: unreadable');
  for (const value of rawLog) {
    const parsed = logEntrySchema.safeParse(value);
    if (parsed.success) log.push(parsed.data);
    else badEntries++;
  }
  if (badEntries)
    dropped.push(
      `${badEntries} unreadable ${badEntries === 1 ? 'entry' : 'entries'} of the decision log`,
    );
  let { snapshots, records } = history;
  if (snapshots.length > LIMITS.snapshots) {
    dropped.push(
      `the ${snapshots.length - LIMITS.snapshots} oldest snapshots: a board keeps at most ${LIMITS.snapshots}`,
    );
    snapshots = snapshots.slice(-LIMITS.snapshots);
    records = withoutUnused(records, snapshots);
  }
  let merged = mergeLogs(log, []);
  if (merged.length > LIMITS.logEntries) {
    dropped.push(
      `the ${merged.length - LIMITS.logEntries} oldest entries of the decision log: a board keeps at most ${LIMITS.logEntries}`,
    );
    merged = merged.slice(-LIMITS.logEntries);
  }
  return { timeline: { records, snapshots, log: merged }, dropped };
}
