import type { StoreApi } from 'zustand';
import { BOARD_SCHEMA_VERSION, type Board } from '../domain/schema';
import { restoreBoardDocument, toBoardDocument } from '../domain/restore';
import { mergeBoards } from '../domain/merge';
import type { BoardsState, DamagedRecord } from '../store/boards-store';
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
  StaleWriteError,
  boardKey,
  idbBoardStorage,
  revisionOf,
  type BoardStorage,
  type Guard,
} from './board-storage';
import type { TabChannel, TabMessage } from './tab-channel';

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

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a === b || (a.length === b.length && a.every((id, i) => id === b[i]));

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
  channel: TabChannel | null = null,
): Promise<Autosave | null> {
  // Other tabs' news that arrives while this one is still loading waits for the load.
  const inbox: TabMessage[] = [];
  let onMessage: ((message: TabMessage) => void) | null = null;
  const stopListening = channel?.listen((message) =>
    onMessage ? onMessage(message) : inbox.push(message),
  );
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
  const damaged: DamagedRecord[] = [];
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
    else if (/newer version/.test(result.error)) {
      // Written by a newer app: this one must not write at all until it is updated.
      failures.push(`${key}: ${result.error}`);
      unreadable[key] = value;
    } else {
      // One damaged record: list it and keep it as it is; every other board loads.
      damaged.push({
        key,
        id: key.slice(BOARD_KEY_PREFIX.length),
        error: result.error,
        raw: value,
      });
    }
  }
  if (failures.length) {
    store
      .getState()
      .failLoad(
        `${failures.length} saved board${failures.length > 1 ? 's were' : ' was'} written by a newer version of Partner Horizons, so this one will not save anything. Reload to get the newer version. ${failures.join(' ')}`,
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

  // What IndexedDB holds: the baseline that later writes are compared against, and the
  // revision of each board record, checked at write time so no tab saves over another's.
  const storedBoards = Object.fromEntries(boards.map((b) => [b.id, b]));
  const revs: Record<string, number | undefined> = {};
  for (const [key, value] of records)
    if (key.startsWith(BOARD_KEY_PREFIX))
      revs[key.slice(BOARD_KEY_PREFIX.length)] = revisionOf(value);
  const storedIds = sortBoards(boards, order).map((b) => b.id);
  const pendingFromLastVisit = journal ? readJournal(journal) : null;
  const merged = pendingFromLastVisit
    ? applyJournal(boards, order, pendingFromLastVisit)
    : { boards, order, changed: false };
  store.getState().hydrate(sortBoards(merged.boards, merged.order), damaged);

  let saved: Record<string, Board> = storedBoards;
  let savedIds: string[] = storedIds;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let writing: Promise<void> = Promise.resolve();
  /** Set when this tab must stop writing: another tab runs a newer format. */
  let halted = false;

  function halt(message: string) {
    halted = true;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    store.getState().setSave({ mode: 'failing', pending: true, message });
  }

  /**
   * Takes in boards another tab has written: where this tab has no unsaved change, theirs
   * replaces ours; where both changed it, the two are merged (the later edit of each
   * milestone wins), and the merge is saved in turn. A board deleted there goes here too,
   * unless it has unsaved changes here, which bring it back. Nothing is lost either way.
   */
  function reconcile(records: [string, unknown][]) {
    const { boards: current } = store.getState();
    const replaced: Board[] = [];
    const removed: string[] = [];
    for (const [key, record] of records) {
      const id = key.slice(BOARD_KEY_PREFIX.length);
      const mine = current[id];
      const unchangedHere = mine === saved[id];
      if (record === undefined) {
        delete revs[id];
        const { [id]: _gone, ...rest } = saved;
        saved = rest;
        if (mine && unchangedHere) removed.push(id);
        continue;
      }
      const restored = restoreBoardDocument(record);
      if (!restored.ok) {
        if (/newer version/.test(restored.error)) {
          halt(
            'Partner Horizons was updated in another tab. Reload this tab to go on; changes made here since will be kept in this tab until then.',
          );
          return;
        }
        // A damaged record from elsewhere: ours is better; write over it.
        revs[id] = revisionOf(record);
        continue;
      }
      const theirs = restored.board;
      revs[id] = revisionOf(record);
      saved = { ...saved, [id]: theirs };
      replaced.push(!mine || unchangedHere ? theirs : mergeBoards(mine, theirs).board);
    }
    if (!replaced.length && !removed.length) return;
    // The other tab wrote its index with these boards; unless our order has unsaved
    // changes too, there is nothing for us to write back.
    const inStep = sameIds(store.getState().boardIds, savedIds);
    store.getState().applyExternal(replaced, removed);
    if (inStep) savedIds = store.getState().boardIds;
  }

  async function receive(message: TabMessage): Promise<void> {
    if (halted) return;
    if (message.schema > BOARD_SCHEMA_VERSION) {
      halt(
        'Partner Horizons was updated in another tab. Reload this tab to go on; changes made here since will be kept in this tab until then.',
      );
      return;
    }
    const newer = Object.entries(message.revs)
      .filter(([id, rev]) => rev > (revs[id] ?? -1))
      .map(([id]) => boardKey(id));
    const gone = message.deleted.filter((id) => id in revs).map(boardKey);
    if (!newer.length && !gone.length) return;
    try {
      reconcile(await storage!.read([...newer, ...gone]));
    } catch {
      // Unreadable now: the guard at the next write finds the difference instead.
    }
  }

  async function write(): Promise<void> {
    timer = undefined;
    if (halted) return;
    const { boards: current, boardIds } = store.getState();
    if (current === saved && boardIds === savedIds) {
      store.getState().setSave({ pending: false });
      return;
    }
    const puts: [string, unknown][] = [];
    const guard: Guard = {};
    const written: Record<string, number> = {};
    for (const [id, board] of Object.entries(current)) {
      if (saved[id] === board) continue;
      const rev = (revs[id] ?? -1) + 1;
      puts.push([boardKey(id), { ...toBoardDocument(board), rev }]);
      guard[boardKey(id)] = revs[id];
      written[id] = rev;
    }
    const deletedIds = Object.keys(saved).filter((id) => !current[id]);
    if (!puts.length && !deletedIds.length && sameIds(boardIds, savedIds)) {
      // Only boards another tab wrote have changed here: nothing to save.
      saved = current;
      savedIds = boardIds;
      store.getState().setSave({ pending: false });
      return;
    }
    for (const id of deletedIds) guard[boardKey(id)] = revs[id];
    puts.push([INDEX_KEY, indexDocument(store.getState())]);
    try {
      await storage!.write(puts, deletedIds.map(boardKey), guard);
      saved = current;
      savedIds = boardIds;
      Object.assign(revs, written);
      for (const id of deletedIds) delete revs[id];
      attempt = 0;
      if (journal) clearJournal(journal);
      channel?.post({
        kind: 'saved',
        schema: BOARD_SCHEMA_VERSION,
        revs: written,
        deleted: deletedIds,
      });
      const stillPending =
        store.getState().boards !== current || store.getState().boardIds !== boardIds;
      store
        .getState()
        .setSave({ mode: 'ok', pending: stillPending, message: null, lastSavedAt: Date.now() });
      if (stillPending) schedule();
    } catch (error) {
      if (error instanceof StaleWriteError) {
        // Another tab wrote first: take its boards in, then save again straight away.
        reconcile(error.stale);
        if (!halted) timer = setTimeout(() => void run(), 0);
        return;
      }
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
  storage.onLost?.(() => {
    // The database went away while the app ran: the boards here are all there is now.
    // Write every one of them again, into a fresh database.
    saved = {};
    savedIds = [];
    for (const id of Object.keys(revs)) delete revs[id];
    store.getState().setSave({ pending: true });
    store.getState().setSave({
      notice:
        'This browser’s storage for Partner Horizons was cleared while the app was open. Every board open here has been saved again.',
    });
    schedule();
  });
  onMessage = (message) => {
    writing = writing.then(() => receive(message));
  };
  for (const message of inbox.splice(0)) onMessage(message);
  target.document?.addEventListener('visibilitychange', onHide);
  target.addEventListener('pagehide', onPageHide);

  return {
    flush,
    stop() {
      unsubscribe();
      stopListening?.();
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
