import type { Board } from '../domain/schema';
import { restoreBoardDocument } from '../domain/restore';
import type { DamagedRecord, RepairedRecord } from '../store/boards-store';
import {
  INDEX_KEY,
  boardIdOf,
  indexOrder,
  isBoardKey,
  isQuarantineKey,
  parseQuarantine,
  quarantineKey,
  revisionOf,
  toQuarantineRecord,
  type QuarantineRecord,
  type Revisions,
} from './record-format';

/**
 * What one read of IndexedDB holds, sorted out: boards that load, boards that load only
 * after a repair (their original is kept in a quarantine copy before anything rewrites
 * them), records that cannot be read at all (kept as they are, never written over) and
 * records from a newer version of the app (which stop this one from writing).
 */

export interface StoredRecords {
  boards: Board[];
  /** The board order the index records. */
  order: string[];
  /** The revision of each board record, for the write guard. */
  revs: Revisions;
  damaged: DamagedRecord[];
  /** Records only a newer version of the app can read. */
  newer: { key: string; error: string; raw: unknown }[];
  /** Repaired boards the person has not yet dismissed, with their kept originals. */
  repaired: RepairedRecord[];
  /** Quarantine copies still to be written: before, or with, any rewrite of their board. */
  quarantine: [string, QuarantineRecord][];
}

export const toRepairedRecord = (key: string, record: QuarantineRecord): RepairedRecord => ({
  key,
  id: record.boardId,
  title: record.title,
  repairs: record.repairs,
  original: record.original,
  repairedAt: record.repairedAt,
});

/** The same JSON, whatever the key order: to tell whether an original is already kept. */
const sameJson = (a: unknown, b: unknown) => {
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
};

export function sortStoredRecords(
  records: readonly [string, unknown][],
  now = new Date().toISOString(),
): StoredRecords {
  const result: StoredRecords = {
    boards: [],
    order: [],
    revs: {},
    damaged: [],
    newer: [],
    repaired: [],
    quarantine: [],
  };
  const kept = new Map<string, QuarantineRecord[]>();
  for (const [key, value] of records) {
    if (!isQuarantineKey(key)) continue;
    const record = parseQuarantine(value);
    if (!record) continue;
    kept.set(record.boardId, [...(kept.get(record.boardId) ?? []), record]);
    if (!record.seenAt) result.repaired.push(toRepairedRecord(key, record));
  }
  for (const [key, value] of records) {
    if (key === INDEX_KEY) {
      result.order = indexOrder(value) ?? result.order;
      continue;
    }
    if (!isBoardKey(key)) continue;
    const id = boardIdOf(key);
    const restored = restoreBoardDocument(value);
    if (!restored.ok) {
      if (restored.reason === 'newer-version')
        result.newer.push({ key, error: restored.error, raw: value });
      // One damaged record: list it and keep it as it is; every other board loads.
      else result.damaged.push({ key, id, error: restored.error, raw: value });
      continue;
    }
    result.boards.push(restored.board);
    result.revs[id] = revisionOf(value);
    if (!restored.repaired) continue;
    // Repaired on the way in: the next save would write the repaired board over the
    // original, so the original is kept first, and the person is told what was done.
    if ((kept.get(id) ?? []).some((q) => sameJson(q.original, value))) continue;
    const record = toQuarantineRecord({
      boardId: id,
      title: restored.board.title,
      repairedAt: now,
      repairs: restored.warnings,
      original: value,
    });
    const qKey = quarantineKey(id, now);
    result.quarantine.push([qKey, record]);
    result.repaired.push(toRepairedRecord(qKey, record));
  }
  return result;
}

/** Boards in the order the index records; any it does not list after, oldest first. */
export function inStoredOrder(boards: readonly Board[], order: readonly string[]): Board[] {
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...boards].sort(
    (a, b) => rank(a.id) - rank(b.id) || a.createdAt.localeCompare(b.createdAt),
  );
}
