import type { StoreApi } from 'zustand';
import type { BoardsState } from '../store/boards-store';
import type { BoardStorage, LostReason } from './board-storage';
import { loadMerge, type MergeBoards } from './load-merge';
import { MESSAGES } from './save-messages';
import { SaveLoop } from './save-loop';
import { inStoredOrder, type StoredRecords } from './stored-records';
import type { TabChannel, TabMessage } from './tab-channel';
import { applyJournal, type JournalEntry, type TabJournal } from './unload-journal';

/**
 * Saving, once stored boards have been read: every change is written within the save
 * delay, checked against what other tabs wrote (a revision per board, checked in the
 * write's own transaction), merged with their news, journalled when the tab hides or
 * closes, and retried when the browser refuses it. The loop itself is save-loop.ts; this
 * takes the stored boards in and connects the loop to the store, the page and other tabs.
 */

export { SAVE_DELAY_MS } from './save-loop';

export interface Autosave {
  /** Writes whatever is not yet written, now. */
  flush(): Promise<void>;
  /**
   * Resolves once every write, read and merge started so far has finished, and whatever
   * they started in turn; a save still waiting for its delay is not waited for.
   */
  settled(): Promise<void>;
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

/** Entries gone tabs left in the journal, with the merge that folds them in. */
export type Leftovers = { entries: JournalEntry[]; mergeBoards: MergeBoards } | null;

export function startSaving(
  env: SaveEnv,
  found: StoredRecords,
  late: boolean,
  leftovers: Leftovers,
): Autosave {
  const { store, storage } = env;
  const loop = new SaveLoop(env, {
    boards: found.boards,
    ids: inStoredOrder(found.boards, found.order).map((b) => b.id),
    revs: found.revs,
    quarantine: found.quarantine,
  });
  const changed = takeInStored(store, found, late, leftovers);
  const unsubscribe = store.subscribe((state, previous) => loop.storeChanged(state, previous));
  if (changed || leftovers || found.quarantine.length) loop.schedule();
  storage.onLost?.((reason: LostReason) => {
    // Deleted: the boards here are all there is now; write every one of them again, into
    // a fresh database. Closed: look first; usually the data is all still there.
    if (reason === 'deleted') loop.rewriteEverything();
    else void loop.enqueue(() => loop.checkAfterClose());
  });
  env.connect((message) => void loop.enqueue(() => loop.receive(message)));
  const unlisten = listenToPage(env, loop);
  return {
    flush: () => loop.flush(),
    settled: () => loop.settled(),
    stop() {
      unsubscribe();
      loop.stop();
      unlisten();
    },
  };
}

/**
 * Puts the stored boards in the store, with the unsaved changes gone tabs left folded in.
 * Late (the store already working in memory): they join the boards made meanwhile. Says
 * whether the journal changed anything, which then needs saving.
 */
function takeInStored(
  store: StoreApi<BoardsState>,
  found: StoredRecords,
  late: boolean,
  leftovers: Leftovers,
): boolean {
  const merged = leftovers
    ? applyJournal(found.boards, found.order, leftovers.entries, leftovers.mergeBoards)
    : { boards: found.boards, order: found.order, changed: false };
  const boards = inStoredOrder(merged.boards, merged.order);
  // Boards made in memory while storage was out of reach stay; stored ones join them.
  if (late) store.getState().applyExternal(boards, []);
  else store.getState().hydrate(boards, found.damaged);
  store.getState().setStoredRecords({ damaged: found.damaged, repaired: found.repaired });
  if (!late) store.getState().setSave({ readAt: Date.now() });
  else
    store.getState().setSave({
      mode: 'ok',
      message: null,
      detail: null,
      retrying: false,
      reloadHelps: false,
      readAt: Date.now(),
      notice: MESSAGES.readLate,
    });
  return merged.changed;
}

/** Saves at once when the page hides or closes, and folds in journals other tabs leave. */
function listenToPage(env: SaveEnv, loop: SaveLoop): () => void {
  const { target, journal } = env;
  const onHide = () => {
    if (target.document?.visibilityState === 'hidden' || !target.document) {
      // A hidden tab may be closed or killed without another event: journal first.
      loop.journalNow();
      void loop.flush();
    }
  };
  const onPageHide = () => {
    loop.journalNow();
    void loop.flush();
  };
  const onStorage = (event: Event) => {
    const entry = journal?.fromEvent(event);
    if (entry) loop.beside(foldJournal(env, [entry]));
  };
  target.document?.addEventListener('visibilitychange', onHide);
  target.addEventListener('pagehide', onPageHide);
  target.addEventListener('storage', onStorage);
  return () => {
    target.document?.removeEventListener('visibilitychange', onHide);
    target.removeEventListener('pagehide', onPageHide);
    target.removeEventListener('storage', onStorage);
  };
}

/** Folds in other tabs' journal entries: those tabs closed before their last save. */
async function foldJournal({ store, journal }: SaveEnv, entries: JournalEntry[]) {
  if (!entries.length) return;
  const mergeBoards = await loadMerge();
  const { boards: current, boardIds } = store.getState();
  const boards = boardIds.map((id) => current[id]!);
  const result = applyJournal(boards, boardIds, entries, mergeBoards);
  for (const entry of entries) journal?.claim(entry);
  if (!result.changed) return;
  const gone = boardIds.filter((id) => !result.boards.some((b) => b.id === id));
  store.getState().applyExternal(
    result.boards.filter((b) => b !== current[b.id]),
    gone,
  );
}
