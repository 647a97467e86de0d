import type { Board } from '../domain/schema';
import { restoreBoardDocument, toBoardDocument } from '../domain/restore';

/**
 * Browsers drop IndexedDB writes started while a page unloads (seen in Chromium: a put in
 * pagehide, beforeunload or visibilitychange never lands). localStorage writes are
 * synchronous and do land, so unsaved changes go there on the way out, and the next load
 * folds them back in before anything else is written.
 */
export const JOURNAL_KEY = 'partner-horizons:unsaved';
const JOURNAL_TYPE = 'partner-horizons/unsaved';

export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface PendingChanges {
  /** Boards changed since the last write. */
  boards: Board[];
  /** Boards deleted since the last write. */
  deleted: string[];
  /** The whole board order, as the index would hold it. */
  order: string[];
}

export function writeJournal(journal: JournalStorage, pending: PendingChanges): boolean {
  try {
    journal.setItem(
      JOURNAL_KEY,
      JSON.stringify({
        type: JOURNAL_TYPE,
        version: 1,
        writtenAt: new Date().toISOString(),
        boards: pending.boards.map(toBoardDocument),
        deleted: pending.deleted,
        order: pending.order,
      }),
    );
    return true;
  } catch {
    // Full or forbidden: nothing more can be done while the page unloads.
    return false;
  }
}

export function clearJournal(journal: JournalStorage): void {
  try {
    journal.removeItem(JOURNAL_KEY);
  } catch {
    // Nothing to clear if storage is forbidden.
  }
}

/** Reads the journal through restore, like any other untrusted input. */
export function readJournal(journal: JournalStorage): PendingChanges | null {
  let raw: unknown;
  try {
    const text = journal.getItem(JOURNAL_KEY);
    if (!text) return null;
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (
    typeof raw !== 'object' ||
    raw === null ||
    (raw as { type?: unknown }).type !== JOURNAL_TYPE
  ) {
    return null;
  }
  const { boards, deleted, order } = raw as {
    boards?: unknown;
    deleted?: unknown;
    order?: unknown;
  };
  const strings = (value: unknown) =>
    Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  return {
    boards: (Array.isArray(boards) ? boards : []).flatMap((doc) => {
      const result = restoreBoardDocument(doc);
      return result.ok ? [result.board] : [];
    }),
    deleted: strings(deleted),
    order: strings(order),
  };
}

/**
 * Folds journalled changes into what IndexedDB held. A journalled board wins unless the
 * stored one was edited later (another tab may have saved since).
 */
export function applyJournal(
  stored: Board[],
  order: string[],
  pending: PendingChanges,
): { boards: Board[]; order: string[]; changed: boolean } {
  const byId = new Map(stored.map((b) => [b.id, b]));
  let changed = false;
  for (const board of pending.boards) {
    const current = byId.get(board.id);
    if (!current || current.updatedAt <= board.updatedAt) {
      byId.set(board.id, board);
      changed = true;
    }
  }
  for (const id of pending.deleted) {
    if (byId.delete(id)) changed = true;
  }
  return {
    boards: [...byId.values()],
    order: pending.order.length ? pending.order : order,
    changed,
  };
}

export function browserJournal(): JournalStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
