import { z } from 'zod/mini';
import { boardSchema, idSchema, isoDateTime, milestoneSchema } from './schema';
import {
  EMPTY_HISTORY,
  byTakenAt,
  withoutUnused,
  type Snapshot,
  type SnapshotHistory,
} from './snapshots';

/**
 * Reading a snapshot history from storage or a file, where it may be damaged: each record
 * and each snapshot is checked on its own, and what cannot be read is left out and named,
 * so a damaged snapshot never stops its board (or the other snapshots) from loading.
 */

export const SNAPSHOT_NAME_MAX = 80;

/** A record's key: a milestone id, "~", and the version's number. */
const recordKey = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}~[1-9]\d{0,5}$/));

export const snapshotSchema = z.object({
  id: idSchema,
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(SNAPSHOT_NAME_MAX)),
  takenAt: isoDateTime,
  board: z.omit(boardSchema, { milestones: true, deleted: true }),
  milestones: z.record(idSchema, recordKey),
});

export const snapshotHistorySchema = z.object({
  records: z.record(recordKey, milestoneSchema),
  snapshots: z.array(snapshotSchema),
});

export interface RestoredHistory {
  history: SnapshotHistory;
  /** What was left out, in words: "the snapshot “Q4 2026 workshop”: 2 of its milestones". */
  dropped: string[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const nameOf = (raw: unknown, index: number) =>
  isObject(raw) && typeof raw.name === 'string' && raw.name.trim()
    ? `the snapshot “${raw.name.trim().slice(0, SNAPSHOT_NAME_MAX)}”`
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
    if (recordKey.safeParse(key).success && parsed.success) records[key] = parsed.data;
    else badRecords++;
  }
  const snapshots: Snapshot[] = [];
  const list = Array.isArray(raw.snapshots) ? raw.snapshots : [];
  list.forEach((value: unknown, index) => {
    const parsed = snapshotSchema.safeParse(value);
    if (!parsed.success) {
      dropped.push(`${nameOf(value, index)}: unreadable`);
      return;
    }
    const snapshot = parsed.data as Snapshot;
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
