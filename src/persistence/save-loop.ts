import type { StoreApi } from 'zustand';
import { BOARD_SCHEMA_VERSION, type Board } from '../domain/schema';
import type { BoardsState, SaveState } from '../store/boards-store';
import { StaleWriteError, type BoardStorage } from './board-storage';
import { loadMerge } from './load-merge';
import { boardKey, type QuarantineRecord, type Revisions } from './record-format';
import { reconcileRecords } from './reconcile';
import { startSaveTiming } from './save-timing';
import { TaskQueue } from './task-queue';
import { MESSAGES, saveFailure } from './save-messages';
import type { TabChannel, TabMessage } from './tab-channel';
import type { TabJournal } from './unload-journal';
import { planWrite, sameIds, unsavedChanges, type Baseline, type WriteBatch } from './write-plan';

/** A change is on disk at most this long after it is made (plus the write itself). */
export const SAVE_DELAY_MS = 300;
const RETRY_MS = [1000, 2000, 5000, 10000, 30000];

export interface SaveLoopEnv {
  store: StoreApi<BoardsState>;
  storage: BoardStorage;
  journal: TabJournal | null;
  channel: TabChannel | null;
}

/** What the first read found stored: where the loop starts from. */
export interface StoredStart {
  boards: readonly Board[];
  /** Their ids in the stored order. */
  ids: string[];
  revs: Revisions;
  quarantine: [string, QuarantineRecord][];
}

/**
 * The stateful half of saving: what this tab last knew to be stored (the baseline every
 * write is compared against, with the revision of each board, checked at write time so no tab
 * saves over another's), one queue that every storage access of saving waits its turn in, the
 * save timer and its retries, and the stop when another tab runs a newer format. What to write
 * and what another tab's records mean are worked out in write-plan.ts and reconcile.ts.
 */
export class SaveLoop {
  private saved: Readonly<Record<string, Board>>;
  private savedIds: readonly string[];
  private revs: Revisions;
  /** Originals of repaired boards, written with (never after) the next write. */
  private quarantine: [string, QuarantineRecord][];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private attempt = 0;
  private readonly tasks = new TaskQueue();
  /** Set when this tab must stop writing: another tab runs a newer format. */
  private halted = false;

  constructor(
    private readonly env: SaveLoopEnv,
    start: StoredStart,
  ) {
    this.saved = Object.fromEntries(start.boards.map((b) => [b.id, b]));
    this.savedIds = start.ids;
    this.revs = start.revs;
    this.quarantine = start.quarantine;
  }

  private get baseline(): Baseline {
    return { saved: this.saved, savedIds: this.savedIds, revs: this.revs };
  }

  private setSave(patch: Partial<SaveState>) {
    this.env.store.getState().setSave(patch);
  }

  /** Saves within the save delay, unless a save is already due or saving has stopped. */
  schedule() {
    if (this.timer === undefined && !this.halted)
      this.timer = setTimeout(() => void this.run(), SAVE_DELAY_MS);
  }

  /** Writes whatever is not yet written, now. */
  flush(): Promise<void> {
    this.cancelDue();
    return this.run();
  }

  /** Cancels the save that is due; one under way finishes, and news may still queue work. */
  stop() {
    this.cancelDue();
  }

  private cancelDue() {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Runs `task` after every storage access already queued. */
  enqueue(task: () => Promise<void>): Promise<void> {
    return this.tasks.add(task);
  }

  /** Runs `work` beside the queue: `settled` waits for it too. */
  beside(work: Promise<void>): void {
    this.tasks.beside(work);
  }

  /** Every write, read and merge started so far finished; a save not yet due is not waited for. */
  settled(): Promise<void> {
    return this.tasks.settled();
  }

  private run(): Promise<void> {
    return this.tasks.add(() => this.write());
  }

  /** The store changed: a repair notice dismissed, or boards to save. */
  storeChanged(state: BoardsState, previous: BoardsState) {
    if (state.repaired !== previous.repaired) this.keepSeen(previous.repaired, state.repaired);
    if (state.boards === previous.boards && state.boardIds === previous.boardIds) return;
    if (!state.save.pending) this.setSave({ pending: true });
    this.schedule();
  }

  private halt(message: string) {
    this.halted = true;
    this.cancelDue();
    this.setSave({
      mode: 'failing',
      pending: true,
      message,
      detail: null,
      retrying: false,
      reloadHelps: true,
    });
  }

  private async write(): Promise<void> {
    this.timer = undefined;
    if (this.halted) return;
    // The main-thread time of this save, for the bench and DevTools (save-timing.ts).
    const timing = startSaveTiming();
    const now = this.env.store.getState();
    const batch = timing.time(() => planWrite(now, this.baseline, this.quarantine));
    if (!batch) {
      // Nothing of ours to store: at most, boards another tab wrote have changed here.
      this.saved = now.boards;
      this.savedIds = now.boardIds;
      this.setSave({ pending: false });
      return;
    }
    const keptNow = this.quarantine;
    try {
      await this.env.storage.write(batch.puts, batch.deletes, batch.guard, timing.time);
      timing.time(() => this.stored(batch, now, keptNow));
      timing.end();
    } catch (error) {
      timing.end();
      await this.writeFailed(error);
    }
  }

  /** A write went through: it is the new baseline; tell the journal and the other tabs. */
  private stored(batch: WriteBatch, now: BoardsState, keptNow: readonly unknown[]) {
    const { store, journal, channel } = this.env;
    this.saved = now.boards;
    this.savedIds = now.boardIds;
    this.quarantine = this.quarantine.filter((q) => !keptNow.includes(q));
    Object.assign(this.revs, batch.written);
    for (const id of batch.deletedIds) delete this.revs[id];
    this.attempt = 0;
    journal?.stored(batch.writtenBoards, batch.deletedIds, store.getState().boardIds);
    channel?.post({
      kind: 'saved',
      schema: BOARD_SCHEMA_VERSION,
      revs: batch.written,
      deleted: batch.deletedIds,
    });
    const after = store.getState();
    const stillPending = after.boards !== now.boards || after.boardIds !== now.boardIds;
    this.setSave({
      mode: 'ok',
      pending: stillPending,
      message: null,
      detail: null,
      retrying: false,
      reloadHelps: false,
      lastSavedAt: Date.now(),
    });
    if (stillPending) this.schedule();
  }

  private async writeFailed(error: unknown) {
    // A save asked for while this write was under way is replaced by the retry below, so
    // that stop() and flush() can still cancel every save that is due.
    this.cancelDue();
    if (error instanceof StaleWriteError) {
      try {
        // Another tab wrote first: take its boards in, then save again straight away.
        await this.reconcile(error.stale);
        if (!this.halted) this.timer = setTimeout(() => void this.run(), 0);
        return;
      } catch (reconcileError) {
        // The merge could not run (its code failed to load, say): retry as for any failure.
        error = reconcileError;
      }
    }
    this.setSave({ mode: 'failing', pending: true, ...saveFailure(error), retrying: true });
    const delay = RETRY_MS[Math.min(this.attempt, RETRY_MS.length - 1)]!;
    this.attempt++;
    this.timer = setTimeout(() => void this.run(), delay);
  }

  /** Takes in board records another tab has written (reconcile.ts says what they mean). */
  private async reconcile(records: [string, unknown][]) {
    const mergeBoards = await loadMerge();
    const { store } = this.env;
    const result = reconcileRecords(records, store.getState().boards, this.baseline, mergeBoards);
    this.saved = result.saved;
    this.revs = result.revs;
    if (result.newer) return this.halt(MESSAGES.newerTab);
    if (!result.replaced.length && !result.removed.length) return;
    // The other tab wrote its index with these boards; unless our order has unsaved
    // changes too, there is nothing for us to write back.
    const inStep = sameIds(store.getState().boardIds, this.savedIds);
    store.getState().applyExternal(result.replaced, result.removed);
    if (inStep) this.savedIds = store.getState().boardIds;
  }

  /** Another tab saved: read in the boards it names that are newer than ours. */
  async receive(message: TabMessage): Promise<void> {
    if (this.halted) return;
    if (message.schema > BOARD_SCHEMA_VERSION) return this.halt(MESSAGES.newerTab);
    const newer = Object.entries(message.revs)
      .filter(([id, rev]) => rev > (this.revs[id] ?? -1))
      .map(([id]) => boardKey(id));
    const gone = message.deleted.filter((id) => id in this.revs).map(boardKey);
    if (!newer.length && !gone.length) return;
    try {
      await this.reconcile(await this.env.storage.read([...newer, ...gone]));
    } catch {
      // Unreadable now: the guard at the next write finds the difference instead.
    }
  }

  /**
   * The browser closed the connection without the database being deleted: usually the
   * data is still there and nothing needs saying. If the boards this tab saved are gone,
   * storage was cleared: write everything again, and say so.
   */
  async checkAfterClose(): Promise<void> {
    const known = Object.keys(this.revs);
    if (!known.length) return;
    try {
      const found = await this.env.storage.read(known.map(boardKey));
      if (found.some(([, value]) => value !== undefined)) return;
    } catch {
      return; // The next write finds out, and retries.
    }
    this.rewriteEverything();
  }

  /** Storage lost what it held: every board here is written again, and the person told. */
  rewriteEverything() {
    this.saved = {};
    this.savedIds = [];
    for (const id of Object.keys(this.revs)) delete this.revs[id];
    this.setSave({ pending: true, notice: MESSAGES.cleared });
    this.schedule();
  }

  /** A repair notice dismissed: its kept original records that it was seen. */
  private keepSeen(before: BoardsState['repaired'], after: BoardsState['repaired']) {
    for (const record of before) {
      if (after.includes(record)) continue;
      const pending = this.quarantine.find(([key]) => key === record.key);
      const seenAt = new Date().toISOString();
      if (pending) pending[1] = { ...pending[1], seenAt };
      else this.tasks.beside(this.markSeen(record.key, seenAt));
    }
  }

  private async markSeen(key: string, seenAt: string) {
    const { storage } = this.env;
    try {
      const [[, value] = [key, undefined]] = await storage.read([key]);
      if (value && typeof value === 'object')
        await storage.write([[key, { ...value, seenAt }]], []);
    } catch {
      // The notice comes back next time: nothing is lost.
    }
  }

  /** The tab hides or closes: what is not yet written goes to the journal first. */
  journalNow() {
    const pending = unsavedChanges(this.env.store.getState(), this.baseline);
    if (pending) this.env.journal?.keep(pending);
  }
}
