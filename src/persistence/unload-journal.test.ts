import { describe, expect, it, vi } from 'vitest';
import { createStore as createIdbStore } from 'idb-keyval';
import { createBoardsStore } from '../store/boards-store';
import { SAVE_DELAY_MS, startPersistence } from './autosave';
import { idbBoardStorage, type BoardStorage } from './board-storage';
import { JOURNAL_PREFIX, boardKey, journalKey } from './record-format';
import { applyJournal, parseJournal, readJournals, writeJournal } from './unload-journal';
import { createBoard } from '../domain/boards';
import { toBoardDocument } from '../domain/restore';
import { mergeBoards } from '../domain/merge';
import { milestoneIdsIn } from '../domain/milestones';
import type { Board } from '../domain/schema';
import { memoryJournal } from '../testing/memory-journal';
import { withSaveClock, windowLike } from '../testing/autosave-harness';

let dbCount = 0;
const running = withSaveClock();

/**
 * Tabs of one browser profile: one IndexedDB database and one localStorage. A tab can be
 * "closed" (its IndexedDB writes dropped, as Chromium drops those started during unload).
 */
async function browser() {
  const storage = idbBoardStorage(createIdbStore(`journal-${++dbCount}`, 'kv'));
  const journal = memoryJournal();
  const tabs: { target: Window }[] = [];
  const open = async (tabId: string) => {
    let closing = false;
    const tabStorage: BoardStorage = {
      ...storage,
      write: (puts, deletes, guard) =>
        closing ? new Promise<void>(() => {}) : storage.write(puts, deletes, guard),
    };
    const store = createBoardsStore();
    const target = windowLike();
    const autosave = (await startPersistence(store, tabStorage, target, journal, null, {
      tabId,
    }))!;
    running.push(autosave);
    tabs.push({ target });
    const tab = {
      store,
      autosave,
      target,
      /** Closes the tab at once: pagehide, and every IndexedDB write from now on is lost. */
      close() {
        closing = true;
        target.dispatchEvent(new Event('pagehide'));
        autosave.stop();
      },
    };
    return tab;
  };
  /** What another tab's localStorage write looks like to the tabs still open. */
  const tellOthers = (key: string) => {
    for (const { target } of tabs)
      target.dispatchEvent(
        Object.assign(new Event('storage'), { key, newValue: journal.getItem(key) }),
      );
  };
  return { storage, journal, open, tellOthers };
}

const titles = (board: Board) =>
  board.horizons.flatMap((h) =>
    milestoneIdsIn(board, h.id).map((id) => board.milestones[id]!.title),
  );

const seedBoard = (id: string, title: string) =>
  createBoard({ title, template: 'starter' }, { id, now: '2026-01-01T00:00:00.000Z' });

/** Boards already stored before the tabs open, as earlier visits left them. */
const seed = (storage: BoardStorage, ...titles: [id: string, title: string][]) =>
  storage.write(
    titles.map(([id, title]) => [boardKey(id), toBoardDocument(seedBoard(id, title))]),
    [],
  );

describe('the unload journal', () => {
  it('keeps changes made just before the page closed and folds them in on the next load', async () => {
    const { storage, journal, open } = await browser();
    const a = await open('a');
    const id = a.store.getState().createBoard({ title: 'Made a moment ago', template: 'starter' });
    const made = a.store.getState().boards[id];
    a.close();
    expect(journal.items.has(journalKey('a'))).toBe(true);

    const b = await open('b');
    expect(b.store.getState().boards[id]).toEqual(made);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    await b.autosave.settled();
    expect(await storage.read([boardKey(id)])).not.toEqual([[boardKey(id), undefined]]);
    // Folded in once: the entry goes once a write has stored it.
    expect(journal.items.has(journalKey('a'))).toBe(false);
  });

  it('writes no journal when everything is saved', async () => {
    const { journal, open } = await browser();
    const a = await open('a');
    a.store.getState().createBoard({ title: 'A' });
    await a.autosave.flush();
    a.target.dispatchEvent(new Event('pagehide'));
    expect(journal.items.size).toBe(0);
  });

  it('a save in another tab does not clear the journal of a tab that closed (issue 9, 1)', async () => {
    const { storage, journal, open } = await browser();
    await seed(storage, ['x', 'X'], ['y', 'Y']);
    const a = await open('a');
    const b = await open('b');
    const now = a.store.getState().boards.x!.horizons[0]!.id;
    a.store.getState().addMilestone('x', now, { title: 'Added just before closing' });
    a.close();
    // B edits another board and saves: before, this cleared the one shared journal key.
    b.store.getState().renameBoard('y', 'Y, renamed');
    await b.autosave.flush();
    expect(journal.items.has(journalKey('a'))).toBe(true);

    const c = await open('c');
    expect(titles(c.store.getState().boards.x!)).toContain('Added just before closing');
    expect(c.store.getState().boards.y!.title).toBe('Y, renamed');
  });

  it('keeps both tabs’ last edits when both close at once', async () => {
    const { storage, open } = await browser();
    await seed(storage, ['x', 'X']);
    const a = await open('a');
    const b = await open('b');
    const now = a.store.getState().boards.x!.horizons[0]!.id;
    a.store.getState().addMilestone('x', now, { title: 'From A' });
    b.store.getState().addMilestone('x', now, { title: 'From B' });
    a.close();
    b.close();
    const c = await open('c');
    expect(titles(c.store.getState().boards.x!)).toEqual(
      expect.arrayContaining(['From A', 'From B']),
    );
  });

  it('an open tab folds in the entry of a tab that just closed, and saves it', async () => {
    const { storage, journal, open, tellOthers } = await browser();
    await seed(storage, ['x', 'X']);
    const a = await open('a');
    const b = await open('b');
    const now = a.store.getState().boards.x!.horizons[0]!.id;
    a.store.getState().addMilestone('x', now, { title: 'From A' });
    a.close();
    tellOthers(journalKey('a'));
    await b.autosave.settled();
    expect(titles(b.store.getState().boards.x!)).toContain('From A');
    await b.autosave.flush();
    const stored = (await storage.read([boardKey('x')]))[0]![1];
    expect(titles((stored as { board: Board }).board)).toContain('From A');
    expect(journal.items.has(journalKey('a'))).toBe(false);
  });

  it('folding an entry twice (two tabs loading at once) changes nothing the second time', async () => {
    const { storage, journal, open } = await browser();
    await seed(storage, ['x', 'X']);
    const a = await open('a');
    const now = a.store.getState().boards.x!.horizons[0]!.id;
    a.store.getState().addMilestone('x', now, { title: 'Once only' });
    a.close();
    const entry = parseJournal(journalKey('a'), journal.getItem(journalKey('a')))!;
    const once = applyJournal([seedBoard('x', 'X')], ['x'], [entry], mergeBoards);
    const twice = applyJournal(once.boards, once.order, [entry], mergeBoards);
    expect(twice.changed).toBe(false);
    expect(titles(twice.boards[0]!).filter((t) => t === 'Once only')).toHaveLength(1);
  });

  it('clears from its own entry only what a write stored', async () => {
    const { journal } = await browser();
    let release: () => void = () => {};
    let started: () => void = () => {};
    const writeStarts = () => new Promise<void>((resolve) => (started = resolve));
    const stored = new Map<string, unknown>();
    const slow: BoardStorage = {
      readAll: async () => [],
      read: async (keys) => keys.map((k) => [k, stored.get(k)]),
      write: (puts) =>
        new Promise<void>((resolve) => {
          release = () => {
            for (const [k, v] of puts) stored.set(k, v);
            resolve();
          };
          started();
        }),
    };
    const store = createBoardsStore();
    const target = windowLike();
    const autosave = (await startPersistence(store, slow, target, journal, null, {
      tabId: 'a',
    }))!;
    running.push(autosave);
    const id = store.getState().createBoard({ title: 'First words' });
    let writing = writeStarts();
    target.dispatchEvent(new Event('pagehide')); // journal: "First words"; a write starts
    await writing;
    store.getState().renameBoard(id, 'Second words');
    writing = writeStarts();
    target.dispatchEvent(new Event('pagehide')); // journal: "Second words"
    release(); // the first write lands: it stored "First words" only
    await writing; // the second write starts once the first is done with
    expect(stored.size).toBeGreaterThan(0);
    const left = readJournals(journal);
    expect(left.map((e) => e.boards.map((b) => b.title))).toEqual([['Second words']]);
  });

  it('a journalled board merges with what another tab has saved since: both edits stay', () => {
    const base = seedBoard('b1', 'Old');
    const now = base.horizons[0]!.id;
    const later = (b: Board, title: string, at: string): Board => ({
      ...b,
      milestones: {
        ...b.milestones,
        [title]: {
          ...Object.values(b.milestones)[0]!,
          id: title,
          title,
          horizonId: now,
          createdAt: at,
          updatedAt: at,
        },
      },
      updatedAt: at,
    });
    const journalled = later(base, 'm1', '2026-02-01T00:00:00.000Z');
    const savedSince = later(base, 'm2', '2026-03-01T00:00:00.000Z');
    const result = applyJournal(
      [savedSince],
      ['b1'],
      [{ boards: [journalled], deleted: [], order: [] }],
      mergeBoards,
    );
    expect(titles(result.boards[0]!)).toEqual(expect.arrayContaining(['m1', 'm2']));
    const deleted = applyJournal(
      [savedSince],
      ['b1'],
      [{ boards: [], deleted: ['b1'], order: [], writtenAt: '2026-04-01T00:00:00.000Z' } as never],
      mergeBoards,
    );
    expect(deleted).toMatchObject({ boards: [], changed: true });
    // A board edited after the deletion was journalled stays.
    const kept = applyJournal(
      [savedSince],
      ['b1'],
      [{ boards: [], deleted: ['b1'], order: [], writtenAt: '2026-02-15T00:00:00.000Z' } as never],
      mergeBoards,
    );
    expect(kept.boards).toHaveLength(1);
  });

  it('ignores entries that are not ours or not JSON, and reads the older single key', () => {
    const journal = memoryJournal();
    journal.setItem(`${JOURNAL_PREFIX}:x`, '{not json');
    journal.setItem(`${JOURNAL_PREFIX}:y`, JSON.stringify({ type: 'other' }));
    journal.setItem('something-else', 'x');
    journal.setItem(
      JOURNAL_PREFIX,
      JSON.stringify({
        type: 'partner-horizons/unsaved',
        boards: [{ nonsense: true }],
        deleted: [1, 'x'],
      }),
    );
    expect(readJournals(journal)).toEqual([
      expect.objectContaining({ key: JOURNAL_PREFIX, boards: [], deleted: ['x'], order: [] }),
    ]);
  });

  it('survives a journal storage that refuses writes', () => {
    const refusing = {
      ...memoryJournal(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const board = createBoard({ title: 'A' });
    expect(writeJournal(refusing, 'k', { boards: [board], deleted: [], order: [] })).toBe(false);
  });
});
