import type { Board, BoardDocument, Timeline } from '../domain/schema';
import { toBoardDocument } from '../domain/restore';

/**
 * What the app keeps in the browser, under which names and in which shapes: said once, here,
 * so that a name or a shape changes in one place. What each is for: docs/reliability.md.
 *
 * IndexedDB, database `partner-horizons`, object store `kv`:
 * - `board:<id>`: one board, as its board document (domain/restore.ts) plus a revision, without
 *   its timeline
 * - `timeline:<id>`: that board's snapshots and decision log, written in the same transaction as
 *   the board, and only when they changed: the board record, written on every edit, stays small.
 *   Reads join the two (`joinTimelines`), so the rest of the app sees one board
 * - `index`: the board order, with titles, written in the same transaction as the boards, and
 *   the revision of each board record written since (`revs`: the write guard reads these
 *   rather than whole boards)
 * - `quarantine:<board>:<time>`: a board's record exactly as it was before a load repaired it
 *
 * localStorage:
 * - `partner-horizons:unsaved:<tab>`: a tab's unload journal (`partner-horizons:unsaved`
 *   alone is the single entry of older versions)
 * - `partner-horizons:last-backup`, `…:unbacked-since`, `…:stored-boards`: storage-care notes
 */

export const DB_NAME = 'partner-horizons';
export const STORE_NAME = 'kv';

// Boards -------------------------------------------------------------------------------

export const BOARD_KEY_PREFIX = 'board:';
export const boardKey = (id: string) => `${BOARD_KEY_PREFIX}${id}`;
export const isBoardKey = (key: string) => key.startsWith(BOARD_KEY_PREFIX);
export const boardIdOf = (key: string) => key.slice(BOARD_KEY_PREFIX.length);

/** A stored board: its document, and how many times tabs have written it. */
export interface StoredBoard extends BoardDocument {
  rev: number;
}

export function toStoredBoard(board: Board, rev: number): StoredBoard {
  const { timeline: _timeline, ...rest } = board;
  return { ...toBoardDocument(rest), rev };
}

/** The revision of each board record, by board id; undefined for "no record". */
export type Revisions = Record<string, number | undefined>;

/**
 * The revision of a stored board record: how many times tabs have written it. A record
 * written before revisions existed counts as 0; no record at all is undefined.
 */
export function revisionOf(record: unknown): number | undefined {
  if (record === undefined) return undefined;
  const rev = (record as { rev?: unknown } | null)?.rev;
  return typeof rev === 'number' && Number.isInteger(rev) && rev >= 0 ? rev : 0;
}

// Timelines ----------------------------------------------------------------------------

export const TIMELINE_KEY_PREFIX = 'timeline:';
export const TIMELINE_DOCUMENT_TYPE = 'partner-horizons/timeline';
export const timelineKey = (boardId: string) => `${TIMELINE_KEY_PREFIX}${boardId}`;
export const isTimelineKey = (key: string) => key.startsWith(TIMELINE_KEY_PREFIX);

/** A stored timeline: restore reads what is inside (domain/snapshot-history-schema.ts). */
export const toTimelineRecord = (timeline: Timeline) => ({
  type: TIMELINE_DOCUMENT_TYPE,
  version: 1,
  timeline,
});

/** The keys a read of `keys` fetches: each board's timeline with it. */
export const withTimelineKeys = (keys: readonly string[]): string[] => [
  ...keys,
  ...keys.filter(isBoardKey).map((key) => timelineKey(boardIdOf(key))),
];

/**
 * Records as stored, as the app reads them: each board record with its timeline inside its
 * board, and no timeline records of their own. A timeline record that is not one is put in
 * as it is, for restore to find unreadable and say so; the board still loads.
 */
export function joinTimelines(records: readonly [string, unknown][]): [string, unknown][] {
  const timelines = new Map<string, unknown>();
  for (const [key, value] of records)
    if (isTimelineKey(key) && value !== undefined)
      timelines.set(key.slice(TIMELINE_KEY_PREFIX.length), value);
  const joined: [string, unknown][] = [];
  for (const [key, value] of records) {
    if (isTimelineKey(key)) continue;
    const stored = timelines.get(boardIdOf(key));
    const doc = value as { board?: unknown } | null | undefined;
    const board = doc?.board;
    if (!isBoardKey(key) || stored === undefined || typeof board !== 'object' || board === null) {
      joined.push([key, value]);
      continue;
    }
    const found = stored as { type?: unknown; timeline?: unknown } | null;
    const timeline = found?.type === TIMELINE_DOCUMENT_TYPE ? found.timeline : stored;
    joined.push([key, { ...doc, board: { ...board, timeline } }]);
  }
  return joined;
}

// The index ----------------------------------------------------------------------------

export const INDEX_KEY = 'index';
export const INDEX_DOCUMENT_TYPE = 'partner-horizons/index';

export function toIndexRecord(
  boardIds: readonly string[],
  boards: Readonly<Record<string, Board | undefined>>,
) {
  return {
    type: INDEX_DOCUMENT_TYPE,
    version: 1,
    boards: boardIds.map((id) => ({ id, title: boards[id]?.title ?? '' })),
  };
}

/**
 * The board revisions an index record vouches for, by board id: for each board named, its
 * record in storage has exactly that revision. Every write of this version that puts or
 * deletes a board record updates these in the same transaction; a version that knows nothing
 * of them rewrites the index without them, so a revision found here is never out of date. A
 * board not named must be read to know its revision (null: none is named).
 */
export function indexRevisions(record: unknown): Map<string, number> | null {
  const revs = (record as { revs?: unknown } | null | undefined)?.revs;
  if (typeof revs !== 'object' || revs === null || Array.isArray(revs)) return null;
  const found = new Map<string, number>();
  for (const [id, rev] of Object.entries(revs)) {
    if (typeof rev === 'number' && Number.isInteger(rev) && rev >= 0) found.set(id, rev);
  }
  return found;
}

/**
 * The index to store with a write: `index` (the one written, else the one stored) with the
 * revisions the stored index vouched for, updated with the board records put and deleted.
 */
export function withIndexRevisions(
  index: object,
  known: ReadonlyMap<string, number> | null,
  puts: readonly [string, unknown][],
  deletes: readonly string[],
): object {
  const revs = new Map(known);
  for (const [key, value] of puts) {
    if (!isBoardKey(key)) continue;
    const rev = revisionOf(value);
    if (rev === undefined) revs.delete(boardIdOf(key));
    else revs.set(boardIdOf(key), rev);
  }
  for (const key of deletes) if (isBoardKey(key)) revs.delete(boardIdOf(key));
  return { ...index, revs: Object.fromEntries(revs) };
}

/** The board order an index record holds; null when it holds none. */
export function indexOrder(record: unknown): string[] | null {
  const ids = (record as { boards?: { id?: unknown }[] } | undefined)?.boards;
  return Array.isArray(ids) ? ids.map((b) => String(b?.id)) : null;
}

// Quarantine ---------------------------------------------------------------------------

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
export const isQuarantineKey = (key: string) => key.startsWith(QUARANTINE_PREFIX);

export const toQuarantineRecord = (
  fields: Omit<QuarantineRecord, 'type' | 'version'>,
): QuarantineRecord => ({ type: QUARANTINE_TYPE, version: 1, ...fields });

/** A quarantine record as read back; null when the value is not one. */
export function parseQuarantine(value: unknown): QuarantineRecord | null {
  const record = value as Partial<QuarantineRecord> | null;
  if (!record || record.type !== QUARANTINE_TYPE || typeof record.boardId !== 'string') return null;
  return toQuarantineRecord({
    boardId: record.boardId,
    title: typeof record.title === 'string' ? record.title : '',
    repairedAt: typeof record.repairedAt === 'string' ? record.repairedAt : '',
    repairs: Array.isArray(record.repairs)
      ? record.repairs.filter((r): r is string => typeof r === 'string')
      : [],
    original: record.original,
    ...(typeof record.seenAt === 'string' ? { seenAt: record.seenAt } : {}),
  });
}

// The unload journal (localStorage) ----------------------------------------------------

export const JOURNAL_PREFIX = 'partner-horizons:unsaved';
export const JOURNAL_TYPE = 'partner-horizons/unsaved';

export const journalKey = (tabId: string) => `${JOURNAL_PREFIX}:${tabId}`;

/** Whether a localStorage key is a journal entry (a tab's, or the single one of older versions). */
export const isJournalKey = (key: string | null): key is string =>
  key !== null && (key === JOURNAL_PREFIX || key.startsWith(`${JOURNAL_PREFIX}:`));

/** A journal entry as written: the changes a tab had not yet saved when it hid or closed. */
export function toJournalRecord(
  pending: { boards: readonly Board[]; deleted: readonly string[]; order: readonly string[] },
  now: Date,
) {
  return {
    type: JOURNAL_TYPE,
    version: 1,
    writtenAt: now.toISOString(),
    boards: pending.boards.map(toBoardDocument),
    deleted: pending.deleted,
    order: pending.order,
  };
}

// Storage-care notes (localStorage) ----------------------------------------------------

export const CARE_NOTE_KEYS = {
  lastBackup: 'partner-horizons:last-backup',
  unbackedSince: 'partner-horizons:unbacked-since',
  storedBoards: 'partner-horizons:stored-boards',
} as const;
