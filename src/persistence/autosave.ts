import type { StoreApi } from 'zustand';
import { newId } from '../domain/ids';
import type { BoardsState, SaveState } from '../store/boards-store';
import { tabJournal, type JournalStorage } from './unload-journal';
import { idbBoardStorage, type BoardStorage } from './board-storage';
import { sortStoredRecords } from './stored-records';
import { loadFailure, MESSAGES } from './save-messages';
import { startSaving, type Autosave } from './save-client';
import { loadMerge } from './load-merge';
import type { TabChannel, TabMessage } from './tab-channel';

export { SAVE_DELAY_MS, type Autosave } from './save-client';

/**
 * Starting persistence: the first read of stored boards (with a time-out, and retries while
 * storage fails or hangs), then the save client (save-client.ts).
 */

export interface PersistenceOptions {
  /** How long the first read may take before the app works in memory and says so. */
  openTimeoutMs?: number;
  /** Waits between attempts to read storage after a read failed or hung. */
  readRetryMs?: readonly number[];
  /** This tab's name for its unload journal entry; a fresh one per page load. */
  tabId?: string;
}

const OPEN_TIMEOUT_MS = 4000;
const READ_RETRY_MS = [2000, 5000, 10000, 30000];

class TimeoutError extends Error {
  override name = 'TimeoutError';
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new TimeoutError(`IndexedDB did not answer within ${ms / 1000} s.`)),
      ms,
    );
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * Loads saved boards into the store, then saves every change. Nothing is written before
 * the load has succeeded; a stored board that cannot be read stops the app from writing
 * at all, so a damaged record is never replaced by an empty board. Storage that cannot be
 * read, or does not answer, leaves the app working in memory while it keeps trying.
 */
export async function startPersistence(
  store: StoreApi<BoardsState>,
  storage: BoardStorage | null,
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> & {
    document?: Document;
  } = window,
  journal: JournalStorage | null = null,
  channel: TabChannel | null = null,
  options: PersistenceOptions = {},
): Promise<Autosave | null> {
  const setSave = (patch: Partial<SaveState>) => store.getState().setSave(patch);
  // Other tabs' news that arrives while this one is still loading waits for the load.
  const inbox: TabMessage[] = [];
  let onMessage: ((message: TabMessage) => void) | null = null;
  const stopListening = channel?.listen((message) =>
    onMessage ? onMessage(message) : inbox.push(message),
  );
  if (!storage) {
    setSave({ mode: 'memory', message: MESSAGES.noStorage, retrying: false });
    store.getState().hydrate([]);
    return null;
  }
  const openTimeoutMs = options.openTimeoutMs ?? OPEN_TIMEOUT_MS;
  const readRetryMs = options.readRetryMs ?? READ_RETRY_MS;
  const tabId = options.tabId ?? newId();

  let stopped = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let client: Autosave | null = null;

  /** First read, or a later attempt after one failed: the store is filled either way. */
  async function load(attempt: number): Promise<boolean> {
    let records: [string, unknown][];
    try {
      records = await withTimeout(storage!.readAll(), openTimeoutMs);
      // For the benchmark and DevTools: when saved data arrived.
      performance.mark?.('ph:storage-read');
    } catch (error) {
      if (stopped) return false;
      // Unread is not gone: say the boards could not be read, work in memory, keep trying.
      setSave({
        mode: 'memory',
        ...loadFailure(error, error instanceof TimeoutError),
        retrying: true,
        reloadHelps: true,
      });
      if (store.getState().status === 'loading') store.getState().hydrate([]);
      const wait = readRetryMs[Math.min(attempt, readRetryMs.length - 1)]!;
      retryTimer = setTimeout(() => {
        // A new attempt opens a new connection: the last one may hang for ever.
        storage!.reset?.();
        void load(attempt + 1);
      }, wait);
      return false;
    }
    if (stopped) return false;
    client = await begin(records);
    return true;
  }

  async function begin(records: [string, unknown][]): Promise<Autosave | null> {
    const late = store.getState().status === 'ready';
    const found = sortStoredRecords(records);
    if (found.newer.length) {
      const detail = found.newer.map((r) => `${r.key}: ${r.error}`).join('\n');
      if (late) {
        setSave({
          mode: 'failing',
          pending: true,
          message: MESSAGES.newerStored,
          detail,
          retrying: false,
          reloadHelps: true,
        });
      } else {
        store
          .getState()
          .failLoad(
            `${found.newer.length} saved board${found.newer.length > 1 ? 's were' : ' was'} written by a newer version of Partner Horizons, so this one will not save anything. Reload to get the newer version.`,
            Object.fromEntries(found.newer.map((r) => [r.key, r.raw])),
            detail,
          );
      }
      return null;
    }
    const ownJournal = journal && tabJournal(journal, tabId);
    // Changes tabs left when they closed: folded in before anything is written.
    const entries = ownJournal?.leftovers() ?? [];
    const leftovers = entries.length ? { entries, mergeBoards: await loadMerge() } : null;
    if (stopped) return null;
    return startSaving(
      {
        store,
        storage: storage!,
        target,
        journal: ownJournal,
        channel,
        connect(handler) {
          onMessage = handler;
          for (const message of inbox.splice(0)) handler(message);
        },
      },
      found,
      late,
      leftovers,
    );
  }

  await load(0);
  if (store.getState().status === 'error') {
    stopListening?.();
    return null;
  }
  return {
    flush: () => client?.flush() ?? Promise.resolve(),
    stop() {
      stopped = true;
      if (retryTimer !== undefined) clearTimeout(retryTimer);
      stopListening?.();
      client?.stop();
    },
  };
}

/** Opens IndexedDB storage, or null when this browser offers none. */
export function openBrowserStorage(): BoardStorage | null {
  if (typeof indexedDB === 'undefined' || indexedDB === null) return null;
  return idbBoardStorage();
}
