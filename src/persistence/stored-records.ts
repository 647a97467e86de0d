import type { Board } from '../domain/schema';
import { restoreBoardDocument } from '../domain/restore';
import type { DamagedRecord, RepairedRecord } from '../store/boards-store';
import { BOARD_KEY_PREFIX, INDEX_KEY, revisionOf } from './board-storage';

/**
 * What one read of IndexedDB holds, sorted out: boards that load, boards that load only
 * after a repair (their original is kept in a quarantine copy before anything rewrites
 * them), records that cannot be read at all (kept as they are, never written over) and
 * records from a newer version of the app (which stop this one from writing).
 */

export const QUARANTINE_PREFIX = 'quarantine:';
const QUARANTINE_TYPE = 'partner-horizons/quarantine';

/** A stored board as it was before a load repaired it: kept, never rewritten by a save. */
export interface QuarantineRecord {
  type: typeof QUARANTINE_TYPE;
  version: 1;
  boardId: string;
  title: string;
  repairedAt: string;
  /** What the repair did, as the person was told. */
  repairs: string[];
  /** The record exactly as it was stored. */
  original: unknown;
  /** When the person dismissed the notice; the copy itself stays. */
  seenAt?: string;
}

export const quarantineKey = (boardId: string, at: string) =>
  `${QUARANTINE_PREFIX}${boardId}:${at}`;

export interface StoredRecords {
  boards: Board[];
  /** The board order the index records. */
  order: string[];
  /** The revision of each board record, for the write guard. */
  revs: Record<string, number | undefined>;
  damaged: DamagedRecord[];
  /** Records only a newer version of the app can read. */
  newer: { key: string; error: string; raw: unknown }[];
  /** Repaired boards the person has not yet dismissed, with their kept originals. */
  repaired: RepairedRecord[];
  /** Quarantine copies still to be written: before, or with, any rewrite of their board. */
  quarantine: [string, QuarantineRecord][];
}

function parseQuarantine(value: unknown): QuarantineRecord | null {
  const record = value as Partial<QuarantineRecord> | null;
  if (!record || record.type !== QUARANTINE_TYPE || typeof record.boardId !== 'string') return null;
  return {
    type: QUARANTINE_TYPE,
    version: 1,
    boardId: record.boardId,
    title: typeof record.title === 'string' ? record.title : '',
    repairedAt: typeof record.repairedAt === 'string' ? record.repairedAt : '',
    repairs: Array.isArray(record.repairs)
      ? record.repairs.filter((r): r is string => typeof r === 'string')
      : [],
    original: record.original,
    ...(typeof record.seenAt === 'string' ? { seenAt: record.seenAt } : {}),
  };
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
    if (!key.startsWith(QUARANTINE_PREFIX)) continue;
    const record = parseQuarantine(value);
    if (!record) continue;
    kept.set(record.boardId, [...(kept.get(record.boardId) ?? []), record]);
    if (!record.seenAt) result.repaired.push(toRepairedRecord(key, record));
  }
  for (const [key, value] of records) {
    if (key === INDEX_KEY) {
      const ids = (value as { boards?: { id?: unknown }[] } | undefined)?.boards;
      if (Array.isArray(ids)) result.order = ids.map((b) => String(b?.id));
      continue;
    }
    if (!key.startsWith(BOARD_KEY_PREFIX)) continue;
    const id = key.slice(BOARD_KEY_PREFIX.length);
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
    const record: QuarantineRecord = {
      type: QUARANTINE_TYPE,
      version: 1,
      boardId: id,
      title: restored.board.title,
      repairedAt: now,
      repairs: restored.warnings.filter((w) => !/^Upgraded from format version/.test(w)),
      original: value,
    };
    const qKey = quarantineKey(id, now);
    result.quarantine.push([qKey, record]);
    result.repaired.push(toRepairedRecord(qKey, record));
  }
  return result;
}
