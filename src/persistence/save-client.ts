import type { StoreApi } from 'zustand';
import { BOARD_SCHEMA_VERSION, type Board } from '../domain/schema';
import { restoreBoardDocument } from '../domain/restore';
import type { MergeBoards } from './load-merge';
import { loadMerge } from './load-merge';
import type { BoardsState, SaveState } from '../store/boards-store';
import { applyJournal, type JournalEntry, type TabJournal } from './unload-journal';
import { StaleWriteError, type BoardStorage, type Guard, type LostReason } from './board-storage';
import {
  INDEX_KEY,
  boardIdOf,
  boardKey,
  revisionOf,
  toIndexRecord,
  toStoredBoard,
  type QuarantineRecord,
} from './record-format';
import type { StoredRecords } from './stored-records';
import { saveFailure, MESSAGES } from './save-messages';
import type { TabChannel, TabMessage } from './tab-channel';

/**
 * Saving, once stored boards have been read: every change is written within the save
 * delay, checked against what other tabs wrote (a revision per board, checked in the
 * write's own transaction), merged with their news, journalled when the tab hides or
 * closes, and retried when the browser refuses it.
 */

/** A change is on disk at most this long after it is made (plus the write itself). */
export const SAVE_DELAY_MS = 300;
const RETRY_MS = [1000, 2000, 5000, 10000, 30000];

export interface Autosave {
  /** Writes whatever is not yet written, now. */
  flush(): Promise<void>;
  stop(): void;
}

/** What the save client works with. */
export interface SaveEnv {
  store: StoreApi<BoardsState>;
  storage: BoardStorage;
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> & { document?: Document };
  journal: TabJournal | null;
  channel: TabChannel | null;
  /** Hands over other tabs' news, including what arrived while this tab was loading. */
  connect(handler: (message: TabMessage) => void): void;
}

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a === b || (a.length === b.length && a.every((id, i) => id === b[i]));

export function startSaving(
  env: SaveEnv,
  found: StoredRecords,
  late: boolean,
  /** Entries gone tabs left in the journal, with the merge that folds them in. */
  leftovers: { entries: JournalEntry[]; mergeBoards: MergeBoards } | null,
): Autosave {
  const { store, storage, target, journal, channel } = env;
  const setSave = (patch: Partial<SaveState>) => store.getState().setSave(patch);
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
  const storedBoards = Object.fromEntries(found.boards.map((b) => [b.id, b]));
  const revs = found.revs;
  const storedIds = sortBoards([...found.boards], found.order).map((b) => b.id);
  // Unsaved changes other tabs (or this one, last time) left when they closed.
  const merged = leftovers
    ? applyJournal(found.boards, found.order, leftovers.entries, leftovers.mergeBoards)
    : { boards: found.boards, order: found.order, changed: false };
  if (late) {
    // Boards made in memory while storage was out of reach stay; stored ones join them.
    store.getState().applyExternal(sortBoards(merged.boards, merged.order), []);
  } else {
    store.getState().hydrate(sortBoards(merged.boards, merged.order), found.damaged);
  }
  store.getState().setStoredRecords({ damaged: found.damaged, repaired: found.repaired });
  if (!late) setSave({ readAt: Date.now() });
  else
    setSave({
      mode: 'ok',
      message: null,
      detail: null,
      retrying: false,
      reloadHelps: false,
      readAt: Date.now(),
      notice: MESSAGES.readLate,
    });

  let saved: Record<string, Board> = storedBoards;
  let savedIds: string[] = storedIds;
  /** Originals of repaired boards, written with (never after) the next write. */
  let quarantine: [string, QuarantineRecord][] = found.quarantine;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let writing: Promise<void> = Promise.resolve();
  /** Set when this tab must stop writing: another tab runs a newer format. */
  let halted = false;

  function halt(message: string) {
    halted = true;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    setSave({
      mode: 'failing',
      pending: true,
      message,
      detail: null,
      retrying: false,
      reloadHelps: true,
    });
  }

  /**
   * Takes in boards another tab has written: where this tab has no unsaved change, theirs
   * replaces ours; where both changed it, the two are merged against what this tab last
   * saw stored (so each side's own edits win), and the merge is saved in turn. A board
   * deleted there goes here too, unless it has unsaved changes here, which bring it back.
   */
  async function reconcile(records: [string, unknown][]) {
    const mergeBoards = await loadMerge();
    const { boards: current } = store.getState();
    const replaced: Board[] = [];
    const removed: string[] = [];
    for (const [key, record] of records) {
      const id = boardIdOf(key);
      const mine = current[id];
      const base = saved[id];
      const unchangedHere = mine === base;
      if (record === undefined) {
        delete revs[id];
        const { [id]: _gone, ...rest } = saved;
        saved = rest;
        if (mine && unchangedHere) removed.push(id);
        continue;
      }
      const restored = restoreBoardDocument(record);
      if (!restored.ok) {
        if (restored.reason === 'newer-version') {
          halt(MESSAGES.newerTab);
          return;
        }
        // A damaged record from elsewhere: ours is better; write over it.
        revs[id] = revisionOf(record);
        continue;
      }
      const theirs = restored.board;
      revs[id] = revisionOf(record);
      saved = { ...saved, [id]: theirs };
      replaced.push(
        !mine || unchangedHere ? theirs : mergeBoards(mine, theirs, undefined, base).board,
      );
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
      halt(MESSAGES.newerTab);
      return;
    }
    const newer = Object.entries(message.revs)
      .filter(([id, rev]) => rev > (revs[id] ?? -1))
      .map(([id]) => boardKey(id));
    const gone = message.deleted.filter((id) => id in revs).map(boardKey);
    if (!newer.length && !gone.length) return;
    try {
      await reconcile(await storage.read([...newer, ...gone]));
    } catch {
      // Unreadable now: the guard at the next write finds the difference instead.
    }
  }

  /** Folds in another tab's journal entry: that tab closed before its last save. */
  async function fold(entries: JournalEntry[]) {
    if (!entries.length) return;
    const mergeBoards = await loadMerge();
    const { boards: current, boardIds } = store.getState();
    const result = applyJournal(
      boardIds.map((id) => current[id]!),
      boardIds,
      entries,
      mergeBoards,
    );
    for (const entry of entries) journal?.claim(entry);
    if (!result.changed) return;
    const gone = boardIds.filter((id) => !result.boards.some((b) => b.id === id));
    store.getState().applyExternal(
      result.boards.filter((b) => b !== current[b.id]),
      gone,
    );
  }

  async function write(): Promise<void> {
    timer = undefined;
    if (halted) return;
    const { boards: current, boardIds } = store.getState();
    if (current === saved && boardIds === savedIds && !quarantine.length) {
      setSave({ pending: false });
      return;
    }
    const puts: [string, unknown][] = [...quarantine];
    const guard: Guard = {};
    const written: Record<string, number> = {};
    const writtenBoards: Record<string, Board> = {};
    for (const [id, board] of Object.entries(current)) {
      if (saved[id] === board) continue;
      const rev = (revs[id] ?? -1) + 1;
      puts.push([boardKey(id), toStoredBoard(board, rev)]);
      guard[boardKey(id)] = revs[id];
      written[id] = rev;
      writtenBoards[id] = board;
    }
    const deletedIds = Object.keys(saved).filter((id) => !current[id]);
    const boardsChanged =
      puts.length > quarantine.length || deletedIds.length > 0 || !sameIds(boardIds, savedIds);
    if (!boardsChanged && !quarantine.length) {
      // Only boards another tab wrote have changed here: nothing to save.
      saved = current;
      savedIds = boardIds;
      setSave({ pending: false });
      return;
    }
    for (const id of deletedIds) guard[boardKey(id)] = revs[id];
    const { boardIds: ids, boards } = store.getState();
    puts.push([INDEX_KEY, toIndexRecord(ids, boards)]);
    const keptNow = quarantine;
    try {
      await storage.write(puts, deletedIds.map(boardKey), guard);
      saved = current;
      savedIds = boardIds;
      quarantine = quarantine.filter((q) => !keptNow.includes(q));
      Object.assign(revs, written);
      for (const id of deletedIds) delete revs[id];
      attempt = 0;
      journal?.stored(writtenBoards, deletedIds, store.getState().boardIds);
      channel?.post({
        kind: 'saved',
        schema: BOARD_SCHEMA_VERSION,
        revs: written,
        deleted: deletedIds,
      });
      const stillPending =
        store.getState().boards !== current || store.getState().boardIds !== boardIds;
      setSave({
        mode: 'ok',
        pending: stillPending,
        message: null,
        detail: null,
        retrying: false,
        reloadHelps: false,
        lastSavedAt: Date.now(),
      });
      if (stillPending) schedule();
    } catch (error) {
      if (error instanceof StaleWriteError) {
        // Another tab wrote first: take its boards in, then save again straight away.
        await reconcile(error.stale);
        if (!halted) timer = setTimeout(() => void run(), 0);
        return;
      }
      setSave({ mode: 'failing', pending: true, ...saveFailure(error), retrying: true });
      const delay = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]!;
      attempt++;
      timer = setTimeout(() => void run(), delay);
    }
  }

  /**
   * The browser closed the connection without the database being deleted: usually the
   * data is still there and nothing needs saying. If the boards this tab saved are gone,
   * storage was cleared: write everything again, and say so.
   */
  async function checkAfterClose(): Promise<void> {
    const known = Object.keys(revs);
    if (!known.length) return;
    try {
      const found = await storage.read(known.map(boardKey));
      if (found.some(([, value]) => value !== undefined)) return;
    } catch {
      return; // The next write finds out, and retries.
    }
    rewriteEverything();
  }

  function rewriteEverything() {
    saved = {};
    savedIds = [];
    for (const id of Object.keys(revs)) delete revs[id];
    setSave({ pending: true, notice: MESSAGES.cleared });
    schedule();
  }

  function run(): Promise<void> {
    writing = writing.then(write);
    return writing;
  }

  function schedule() {
    if (timer === undefined && !halted) timer = setTimeout(() => void run(), SAVE_DELAY_MS);
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.repaired !== previous.repaired) keepSeen(previous.repaired, state.repaired);
    if (state.boards === previous.boards && state.boardIds === previous.boardIds) return;
    if (!state.save.pending) setSave({ pending: true });
    schedule();
  });

  /** A repair notice dismissed: its kept original records that it was seen. */
  function keepSeen(before: BoardsState['repaired'], after: BoardsState['repaired']) {
    for (const record of before) {
      if (after.includes(record)) continue;
      const pending = quarantine.find(([key]) => key === record.key);
      const seenAt = new Date().toISOString();
      if (pending) pending[1] = { ...pending[1], seenAt };
      else void markSeen(record.key, seenAt);
    }
  }

  async function markSeen(key: string, seenAt: string) {
    try {
      const [[, value] = [key, undefined]] = await storage.read([key]);
      if (value && typeof value === 'object')
        await storage.write([[key, { ...value, seenAt }]], []);
    } catch {
      // The notice comes back next time: nothing is lost.
    }
  }

  /** Unsaved changes, as this tab's journal entry would hold them. */
  function unsaved() {
    const { boards: current, boardIds } = store.getState();
    if (current === saved && boardIds === savedIds) return null;
    return {
      boards: Object.values(current).filter((board) => saved[board.id] !== board),
      deleted: Object.keys(saved).filter((id) => !current[id]),
      order: boardIds,
    };
  }

  function journalNow() {
    const pending = unsaved();
    if (pending) journal?.keep(pending);
  }

  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    return run();
  };
  const onHide = () => {
    if (target.document?.visibilityState === 'hidden' || !target.document) {
      // A hidden tab may be closed or killed without another event: journal first.
      journalNow();
      void flush();
    }
  };
  const onPageHide = () => {
    journalNow();
    void flush();
  };
  const onStorage = (event: Event) => {
    const entry = journal?.fromEvent(event);
    if (entry) void fold([entry]);
  };
  if (merged.changed || leftovers || quarantine.length) schedule();
  storage.onLost?.((reason: LostReason) => {
    // Deleted: the boards here are all there is now; write every one of them again, into
    // a fresh database. Closed: look first; usually the data is all still there.
    if (reason === 'deleted') rewriteEverything();
    else writing = writing.then(checkAfterClose);
  });
  env.connect((message) => {
    writing = writing.then(() => receive(message));
  });
  target.document?.addEventListener('visibilitychange', onHide);
  target.addEventListener('pagehide', onPageHide);
  target.addEventListener('storage', onStorage);

  return {
    flush,
    stop() {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
      target.document?.removeEventListener('visibilitychange', onHide);
      target.removeEventListener('pagehide', onPageHide);
      target.removeEventListener('storage', onStorage);
    },
  };
}
