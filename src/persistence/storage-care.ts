import { create } from 'zustand';
import type { StoreApi } from 'zustand';
import type { BoardsState } from '../store/boards-store';
import { CARE_NOTE_KEYS as KEYS } from './record-format';

/**
 * Looking after the browser's storage: ask it to keep our data (navigator.storage.persist)
 * once there is real work in it, remember when the last backup was exported and since when
 * edits have gone unbacked, and notice when the boards a visit left behind are gone.
 * The notes live in localStorage, beside IndexedDB: small, and read before anything else.
 */

export const NUDGE_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

export interface StorageCare {
  /** Whether the browser has agreed to keep the data; null where it cannot say. */
  persisted: boolean | null;
  lastBackupAt: string | null;
  /** When the first edit since the last backup was saved. */
  unbackedSince: string | null;
  /** Boards the last visit left stored, when none are there now: storage was cleared. */
  missingBoards: number | null;
}

type Notes = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const useStorageCare = create<StorageCare>()(() => ({
  persisted: null,
  lastBackupAt: null,
  unbackedSince: null,
  missingBoards: null,
}));

function localNotes(): Notes | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

const read = (notes: Notes | null, key: string) => {
  try {
    return notes?.getItem(key) ?? null;
  } catch {
    return null;
  }
};
const write = (notes: Notes | null, key: string, value: string | null) => {
  try {
    if (value === null) notes?.removeItem(key);
    else notes?.setItem(key, value);
  } catch {
    // Notes are a courtesy; without them nothing is lost.
  }
};

/** Whether it is time to suggest a backup: a week of edits since the last one. */
export function needsBackupNudge(care: StorageCare, now = Date.now()): boolean {
  return care.unbackedSince !== null && now - Date.parse(care.unbackedSince) >= NUDGE_AFTER_MS;
}

/** Call when a backup of every board has been downloaded. */
export function noteBackup(now = new Date(), notes = localNotes()): void {
  write(notes, KEYS.lastBackup, now.toISOString());
  write(notes, KEYS.unbackedSince, null);
  useStorageCare.setState({ lastBackupAt: now.toISOString(), unbackedSince: null });
}

/** Forget the boards the last visit left: the person has seen that they are gone. */
export function dismissMissingBoards(notes = localNotes()): void {
  write(notes, KEYS.storedBoards, null);
  useStorageCare.setState({ missingBoards: null });
}

/**
 * Starts looking after storage for the boards store: reads the notes, and after each save
 * updates them and, after the first real edit, asks the browser to keep the data.
 */
export function startStorageCare(
  store: StoreApi<BoardsState>,
  storageManager: Pick<StorageManager, 'persist' | 'persisted'> | undefined = typeof navigator !==
  'undefined'
    ? navigator.storage
    : undefined,
  notes = localNotes(),
  clock = () => new Date(),
): () => void {
  useStorageCare.setState({
    lastBackupAt: read(notes, KEYS.lastBackup),
    unbackedSince: read(notes, KEYS.unbackedSince),
  });
  void storageManager
    ?.persisted?.()
    .then((persisted) => useStorageCare.setState({ persisted }))
    .catch(() => undefined);

  // Only a read that succeeded can say the boards are gone: a read that failed or hung says
  // nothing of what is stored (the boards list then says they could not be read).
  let loaded = false;
  let asked = false;
  const onRead = (state: BoardsState) => {
    loaded = true;
    const before = Number(read(notes, KEYS.storedBoards) ?? 0);
    const nothingNow = state.boardIds.length === 0 && state.damaged.length === 0;
    useStorageCare.setState({ missingBoards: nothingNow && before > 0 ? before : null });
  };
  if (store.getState().save.readAt) onRead(store.getState());

  return store.subscribe((state, previous) => {
    if (state.save.readAt && !previous.save.readAt) onRead(state);
    if (!loaded || state.save.lastSavedAt === previous.save.lastSavedAt) return;
    // A save went through: what is stored now, and an edit since the last backup.
    write(notes, KEYS.storedBoards, String(state.boardIds.length));
    if (state.boardIds.length) useStorageCare.setState({ missingBoards: null });
    if (!useStorageCare.getState().unbackedSince && state.boardIds.length) {
      const since = clock().toISOString();
      write(notes, KEYS.unbackedSince, since);
      useStorageCare.setState({ unbackedSince: since });
    }
    if (!asked && storageManager?.persist) {
      asked = true;
      void storageManager
        .persist()
        .then((persisted) => useStorageCare.setState({ persisted }))
        .catch(() => undefined);
    }
  });
}
