import type { Board } from '../domain/schema';
import { restoreBoardDocument } from '../domain/restore';
import type { MergeBoards } from './load-merge';
import { JOURNAL_TYPE, isJournalKey, journalKey, toJournalRecord } from './record-format';

/**
 * Browsers drop IndexedDB writes started while a page unloads (seen in Chromium: a put in
 * pagehide, beforeunload or visibilitychange never lands). localStorage writes are
 * synchronous and do land, so unsaved changes go there on the way out, and the next load
 * folds them back in before anything else is written.
 *
 * Each tab keeps its own entry (`partner-horizons:unsaved:<tab>`, record-format.ts): two tabs closing at once
 * do not overwrite each other, and a save in one tab never clears another's. A tab clears
 * from its own entry only what its writes have stored. Entries left by tabs that are gone
 * are folded in by whichever tab loads next (or hears of them while open), and removed once
 * a write has stored them. Folding is a merge, so an entry folded twice (two tabs loading
 * at the same moment) changes nothing the second time.
 */

export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export interface PendingChanges {
  /** Boards changed since the last write. */
  boards: Board[];
  /** Boards deleted since the last write. */
  deleted: string[];
  /** The whole board order, as the index would hold it. */
  order: string[];
}

/** One tab's unsaved changes as found in storage: the text, to remove it only if unchanged. */
export interface JournalEntry extends PendingChanges {
  key: string;
  text: string;
  writtenAt: string;
}

export function writeJournal(
  journal: JournalStorage,
  key: string,
  pending: PendingChanges,
  now = new Date(),
): boolean {
  try {
    if (!pending.boards.length && !pending.deleted.length) {
      journal.removeItem(key);
      return true;
    }
    journal.setItem(key, JSON.stringify(toJournalRecord(pending, now)));
    return true;
  } catch {
    // Full or forbidden: nothing more can be done while the page unloads.
    return false;
  }
}

/** Removes an entry, but only if it still holds `text` (its tab may have written it again). */
export function removeJournal(journal: JournalStorage, key: string, text?: string): void {
  try {
    if (text === undefined || journal.getItem(key) === text) journal.removeItem(key);
  } catch {
    // Nothing to clear if storage is forbidden.
  }
}

/** Reads one entry through restore, like any other untrusted input. */
export function parseJournal(key: string, text: string | null): JournalEntry | null {
  if (!text) return null;
  let raw: unknown;
  try {
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
  const { boards, deleted, order, writtenAt } = raw as {
    boards?: unknown;
    deleted?: unknown;
    order?: unknown;
    writtenAt?: unknown;
  };
  const strings = (value: unknown) =>
    Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  return {
    key,
    text,
    writtenAt: typeof writtenAt === 'string' ? writtenAt : '',
    boards: (Array.isArray(boards) ? boards : []).flatMap((doc) => {
      const result = restoreBoardDocument(doc);
      return result.ok ? [result.board] : [];
    }),
    deleted: strings(deleted),
    order: strings(order),
  };
}

/** Every entry in storage but `except` (this tab's own), oldest first. */
export function readJournals(journal: JournalStorage, except?: string): JournalEntry[] {
  const entries: JournalEntry[] = [];
  try {
    const keys: string[] = [];
    for (let i = 0; i < journal.length; i++) {
      const key = journal.key(i);
      if (isJournalKey(key) && key !== except) keys.push(key);
    }
    for (const key of keys) {
      const entry = parseJournal(key, journal.getItem(key));
      if (entry) entries.push(entry);
    }
  } catch {
    // Storage forbidden: there is no journal to read.
  }
  return entries.sort((a, b) => a.writtenAt.localeCompare(b.writtenAt));
}

/**
 * Folds journalled changes into boards. Where both have a board, the two are merged (the
 * later edit of each milestone and each field wins), so a journal older than what another
 * tab has since saved loses nothing of either. A journalled deletion removes a board only
 * if it was not edited after the deletion was journalled.
 */
export function applyJournal(
  stored: Board[],
  order: string[],
  entries: readonly PendingChanges[],
  mergeBoards: MergeBoards,
): { boards: Board[]; order: string[]; changed: boolean } {
  const byId = new Map(stored.map((b) => [b.id, b]));
  const ids = [...order];
  let changed = false;
  for (const entry of entries) {
    const at = (entry as Partial<JournalEntry>).writtenAt ?? '';
    for (const board of entry.boards) {
      const current = byId.get(board.id);
      const next = current ? mergeBoards(current, board).board : board;
      if (next !== current) {
        byId.set(board.id, next);
        changed = true;
      }
    }
    for (const id of entry.deleted) {
      const current = byId.get(id);
      if (current && (!at || current.updatedAt <= at)) {
        byId.delete(id);
        changed = true;
      }
    }
    for (const id of entry.order) if (!ids.includes(id)) ids.push(id);
  }
  return { boards: [...byId.values()], order: ids, changed };
}

/**
 * One tab's side of the journal: its own entry, written when the tab hides or closes and
 * cleared of what its writes store, and the entries of gone tabs it has folded in, removed
 * once a write of its own has stored them.
 */
export interface TabJournal {
  /** Entries gone tabs left: to fold in at load; removed after the next successful write. */
  leftovers(): JournalEntry[];
  /** Another tab's entry, from a `storage` event: null when it is none of that. */
  fromEvent(event: Event): JournalEntry | null;
  /** Folded in: remove it once a write has stored it. */
  claim(entry: JournalEntry): void;
  /** The tab hides or closes: keep what is not yet written. */
  keep(pending: PendingChanges): void;
  /** A write stored these boards and deletions: forget them, and every claimed entry. */
  stored(
    written: Readonly<Record<string, Board>>,
    deleted: readonly string[],
    order: string[],
  ): void;
}

export function tabJournal(journal: JournalStorage, tabId: string): TabJournal {
  const own = journalKey(tabId);
  let claimed: JournalEntry[] = [];
  /** What this tab's own entry holds, by board. */
  let kept: { boards: Board[]; deleted: string[] } | null = null;
  return {
    leftovers() {
      const entries = readJournals(journal, own);
      claimed.push(...entries);
      return entries;
    },
    fromEvent(event) {
      const { key, newValue } = event as StorageEvent;
      if (!isJournalKey(key) || key === own || !newValue) return null;
      return parseJournal(key, newValue);
    },
    claim(entry) {
      claimed.push(entry);
    },
    keep(pending) {
      if (writeJournal(journal, own, pending))
        kept = { boards: pending.boards, deleted: pending.deleted };
    },
    stored(written, deleted, order) {
      for (const entry of claimed) removeJournal(journal, entry.key, entry.text);
      claimed = [];
      if (!kept) return;
      // Only what the write stored: an edit made since stays in the entry.
      const boards = kept.boards.filter((b) => written[b.id] !== b);
      const gone = kept.deleted.filter((id) => !deleted.includes(id));
      kept = boards.length || gone.length ? { boards, deleted: gone } : null;
      writeJournal(journal, own, { boards, deleted: gone, order });
    },
  };
}

export function browserJournal(): JournalStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
