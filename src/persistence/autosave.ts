import type { StoreApi } from 'zustand';
import type { Board } from '../domain/schema';
import { restoreBoardDocument, toBoardDocument } from '../domain/restore';
import type { BoardsState } from '../store/boards-store';
import {
  applyJournal,
  clearJournal,
  readJournal,
  writeJournal,
  type JournalStorage,
} from './unload-journal';
import {
  BOARD_KEY_PREFIX,
  INDEX_KEY,
  boardKey,
  idbBoardStorage,
  type BoardStorage,
} from './board-storage';

/** A change is on disk at most this long after it is made (plus the write itself). */
export const SAVE_DELAY_MS = 300;
const RETRY_MS = [1000, 2000, 5000, 10000, 30000];

export const INDEX_DOCUMENT_TYPE = 'partner-horizons/index';

export interface Autosave {
  /** Writes whatever is not yet written, now. */
  flush(): Promise<void>;
  stop(): void;
}

function describeStorageError(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') {
    return 'The browser’s storage for this site is full, so recent changes are not saved.';
  }
  return 'The browser refused to save recent changes.';
}

function indexDocument(state: BoardsState) {
  return {
    type: INDEX_DOCUMENT_TYPE,
    version: 1,
    boards: state.boardIds.map((id) => ({ id, title: state.boards[id]?.title ?? '' })),
  };
}

/**
 * Loads saved boards into the store, then saves every change. Nothing is written before
 * the load has succeeded; a stored board that cannot be read stops the app from writing
 * at all, so a damaged record is never replaced by an empty board.
 */
export async function startPersistence(
  store: StoreApi<BoardsState>,
  storage: BoardStorage | null,
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> & {
    document?: Document;
  } = window,
  journal: JournalStorage | null = null,
): Promise<Autosave | null> {
  if (!storage) {
    store.getState().hydrate([]);
    store.getState().setSave({
      mode: 'memory',
      message:
        'This browser is not letting Partner Horizons store data (private mode or storage turned off).',
    });
    return null;
  }

  let records: [string, unknown][];
  try {
    records = await storage.readAll();
    // For the benchmark and DevTools: when saved data arrived.
    performance.mark?.('ph:storage-read');
  } catch (error) {
    // Storage that cannot even be opened: work in memory and say so.
    store.getState().hydrate([]);
    store.getState().setSave({
      mode: 'memory',
      message: `Saved boards could not be opened (${error instanceof Error ? error.message : String(error)}).`,
    });
    return null;
  }

  const boards: Board[] = [];
  const failures: string[] = [];
  const unreadable: Record<string, unknown> = {};
  let order: string[] = [];
  for (const [key, value] of records) {
    if (key === INDEX_KEY) {
      const ids = (value as { boards?: { id?: unknown }[] } | undefined)?.boards;
      if (Array.isArray(ids)) order = ids.map((b) => String(b?.id));
      continue;
    }
    if (!key.startsWith(BOARD_KEY_PREFIX)) continue;
    const result = restoreBoardDocument(value);
    if (result.ok) boards.push(result.board);
    else {
      failures.push(`${key}: ${result.error}`);
      unreadable[key] = value;
    }
  }
  if (failures.length) {
    store
      .getState()
      .failLoad(
        `${failures.length} saved board${failures.length > 1 ? 's' : ''} could not be read, so nothing will be saved until this is fixed. ${failures.join(' ')}`,
        unreadable,
      );
    return null;
  }
  const rank = (ids: string[]) => (id: string) => {
    const i = ids.indexOf(id);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const sortBoards = (list: Board[], ids: string[]) =>
    list.sort(
      (a, b) => rank(ids)(a.id) - rank(ids)(b.id) || a.createdAt.localeCompare(b.createdAt),
    );

  // What IndexedDB holds: the baseline that later writes are compared against.
  const storedBoards = Object.fromEntries(boards.map((b) => [b.id, b]));
  const storedIds = sortBoards(boards, order).map((b) => b.id);
  const pendingFromLastVisit = journal ? readJournal(journal) : null;
  const merged = pendingFromLastVisit
    ? applyJournal(boards, order, pendingFromLastVisit)
    : { boards, order, changed: false };
  store.getState().hydrate(sortBoards(merged.boards, merged.order));

  let saved: Record<string, Board> = storedBoards;
  let savedIds: string[] = storedIds;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let writing: Promise<void> = Promise.resolve();

  async function write(): Promise<void> {
    timer = undefined;
    const { boards: current, boardIds } = store.getState();
    if (current === saved && boardIds === savedIds) {
      store.getState().setSave({ pending: false });
      return;
    }
    const puts: [string, unknown][] = [];
    for (const [id, board] of Object.entries(current)) {
      if (saved[id] !== board) puts.push([boardKey(id), toBoardDocument(board)]);
    }
    const deletes = Object.keys(saved)
      .filter((id) => !current[id])
      .map(boardKey);
    puts.push([INDEX_KEY, indexDocument(store.getState())]);
    try {
      await storage!.write(puts, deletes);
      saved = current;
      savedIds = boardIds;
      attempt = 0;
      if (journal) clearJournal(journal);
      const stillPending =
        store.getState().boards !== current || store.getState().boardIds !== boardIds;
      store
        .getState()
        .setSave({ mode: 'ok', pending: stillPending, message: null, lastSavedAt: Date.now() });
      if (stillPending) schedule();
    } catch (error) {
      store
        .getState()
        .setSave({ mode: 'failing', pending: true, message: describeStorageError(error) });
      const delay = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]!;
      attempt++;
      timer = setTimeout(() => void run(), delay);
    }
  }

  function run(): Promise<void> {
    writing = writing.then(write);
    return writing;
  }

  function schedule() {
    if (timer === undefined) timer = setTimeout(() => void run(), SAVE_DELAY_MS);
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.boards === previous.boards && state.boardIds === previous.boardIds) return;
    if (!state.save.pending) store.getState().setSave({ pending: true });
    schedule();
  });

  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    return run();
  };
  const onHide = () => {
    if (target.document?.visibilityState === 'hidden' || !target.document) void flush();
  };
  const onPageHide = () => {
    const { boards: current, boardIds } = store.getState();
    if (journal && (current !== saved || boardIds !== savedIds)) {
      writeJournal(journal, {
        boards: Object.values(current).filter((board) => saved[board.id] !== board),
        deleted: Object.keys(saved).filter((id) => !current[id]),
        order: boardIds,
      });
    }
    void flush();
  };
  if (merged.changed || pendingFromLastVisit) schedule();
  target.document?.addEventListener('visibilitychange', onHide);
  target.addEventListener('pagehide', onPageHide);

  return {
    flush,
    stop() {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
      target.document?.removeEventListener('visibilitychange', onHide);
      target.removeEventListener('pagehide', onPageHide);
    },
  };
}

/** Opens IndexedDB storage, or null when this browser offers none. */
export function openBrowserStorage(): BoardStorage | null {
  if (typeof indexedDB === 'undefined' || indexedDB === null) return null;
  return idbBoardStorage();
}
