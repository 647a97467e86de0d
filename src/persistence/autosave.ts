import type { StoreApi } from 'zustand';
import { newId } from '../domain/ids';
import type { BoardsState, SaveState } from '../store/boards-store';
import { tabJournal, type JournalStorage } from './unload-journal';
import { idbBoardStorage, type BoardStorage } from './board-storage';
import { sortStoredRecords, type StoredRecords } from './stored-records';
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
  /** A read of `storage` already under way, started before the app's code ran: the first
   * attempt waits for it rather than reading again. */
  firstRead?: Promise<[string, unknown][]>;
}

type Target = Pick<Window, 'addEventListener' | 'removeEventListener'> & { document?: Document };

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
  target: Target = window,
  journal: JournalStorage | null = null,
  channel: TabChannel | null = null,
  options: PersistenceOptions = {},
): Promise<Autosave | null> {
  const inbox = tabInbox(channel);
  if (!storage) {
    store.getState().setSave({ mode: 'memory', message: MESSAGES.noStorage, retrying: false });
    store.getState().hydrate([]);
    return null;
  }
  const reader = new StoredBoardsReader(
    { store, storage, target, journal, channel, connect: inbox.connect },
    options,
  );
  await reader.load(0);
  if (store.getState().status === 'error') {
    inbox.stop();
    return null;
  }
  return {
    flush: () => reader.client?.flush() ?? Promise.resolve(),
    settled: () => reader.client?.settled() ?? Promise.resolve(),
    stop() {
      reader.stop();
      inbox.stop();
    },
  };
}

/** Other tabs' news: what arrives while this tab is still loading waits for the load. */
function tabInbox(channel: TabChannel | null) {
  const waiting: TabMessage[] = [];
  let deliver: ((message: TabMessage) => void) | null = null;
  const stopListening = channel?.listen((message) =>
    deliver ? deliver(message) : waiting.push(message),
  );
  return {
    connect(handler: (message: TabMessage) => void) {
      deliver = handler;
      for (const message of waiting.splice(0)) handler(message);
    },
    stop: () => stopListening?.(),
  };
}

interface ReaderEnv {
  store: StoreApi<BoardsState>;
  storage: BoardStorage;
  target: Target;
  journal: JournalStorage | null;
  channel: TabChannel | null;
  connect(handler: (message: TabMessage) => void): void;
}

/** The first read of stored boards, tried again while it fails; then saving starts. */
class StoredBoardsReader {
  client: Autosave | null = null;
  private stopped = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly openTimeoutMs: number;
  private readonly readRetryMs: readonly number[];
  private readonly tabId: string;
  private readonly firstRead: Promise<[string, unknown][]> | undefined;

  constructor(
    private readonly env: ReaderEnv,
    options: PersistenceOptions,
  ) {
    this.openTimeoutMs = options.openTimeoutMs ?? OPEN_TIMEOUT_MS;
    this.readRetryMs = options.readRetryMs ?? READ_RETRY_MS;
    this.tabId = options.tabId ?? newId();
    this.firstRead = options.firstRead;
  }

  private setSave(patch: Partial<SaveState>) {
    this.env.store.getState().setSave(patch);
  }

  /** First read, or a later attempt after one failed: the store is filled either way. */
  async load(attempt: number): Promise<void> {
    let records: [string, unknown][];
    try {
      const read = attempt === 0 && this.firstRead ? this.firstRead : this.env.storage.readAll();
      records = await withTimeout(read, this.openTimeoutMs);
      // For the benchmark and DevTools: when saved data arrived.
      performance.mark?.('ph:storage-read');
    } catch (error) {
      if (!this.stopped) this.readFailed(error, attempt);
      return;
    }
    if (this.stopped) return;
    this.client = await this.begin(records);
  }

  /** Unread is not gone: say the boards could not be read, work in memory, keep trying. */
  private readFailed(error: unknown, attempt: number) {
    const { store, storage } = this.env;
    this.setSave({
      mode: 'memory',
      ...loadFailure(error, error instanceof TimeoutError),
      retrying: true,
      reloadHelps: true,
    });
    if (store.getState().status === 'loading') store.getState().hydrate([]);
    const wait = this.readRetryMs[Math.min(attempt, this.readRetryMs.length - 1)]!;
    this.retryTimer = setTimeout(() => {
      // A new attempt opens a new connection: the last one may hang for ever.
      storage.reset?.();
      void this.load(attempt + 1);
    }, wait);
  }

  private async begin(records: [string, unknown][]): Promise<Autosave | null> {
    const { store, journal, ...env } = this.env;
    const late = store.getState().status === 'ready';
    const found = sortStoredRecords(records);
    if (found.newer.length) {
      refuseNewer(store, found, late);
      return null;
    }
    const ownJournal = journal && tabJournal(journal, this.tabId);
    // Changes tabs left when they closed: folded in before anything is written.
    const entries = ownJournal?.leftovers() ?? [];
    const leftovers = entries.length ? { entries, mergeBoards: await loadMerge() } : null;
    if (this.stopped) return null;
    return startSaving({ ...env, store, journal: ownJournal }, found, late, leftovers);
  }

  stop() {
    this.stopped = true;
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
    this.client?.stop();
  }
}

/** Stored boards only a newer version of the app reads: this one must write nothing. */
function refuseNewer(store: StoreApi<BoardsState>, found: StoredRecords, late: boolean) {
  const detail = found.newer.map((r) => `${r.key}: ${r.error}`).join('\n');
  if (late) {
    store.getState().setSave({
      mode: 'failing',
      pending: true,
      message: MESSAGES.newerStored,
      detail,
      retrying: false,
      reloadHelps: true,
    });
    return;
  }
  const count = found.newer.length;
  store
    .getState()
    .failLoad(
      `${count} saved board${count > 1 ? 's were' : ' was'} written by a newer version of Partner Horizons, so this one will not save anything. Reload to get the newer version.`,
      Object.fromEntries(found.newer.map((r) => [r.key, r.raw])),
      detail,
    );
}

/** Opens IndexedDB storage, or null when this browser offers none. */
export function openBrowserStorage(): BoardStorage | null {
  if (typeof indexedDB === 'undefined' || indexedDB === null) return null;
  return idbBoardStorage();
}
