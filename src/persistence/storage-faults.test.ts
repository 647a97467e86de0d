import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBoardsStore } from '../store/boards-store';
import { startPersistence, type Autosave } from './autosave';
import { idbBoardStorage, openStore, type BoardStorage, type LostReason } from './board-storage';
import { INDEX_KEY, boardKey } from './record-format';
import { startStorageCare, useStorageCare } from './storage-care';
import { QUARANTINE_PREFIX } from './record-format';
import { createBoard } from '../domain/boards';
import { toBoardDocument } from '../domain/restore';
import { memoryStorage } from '../testing/memory-storage';
import { windowLike } from '../testing/autosave-harness';

/**
 * Storage that misbehaves the way real browsers' does: a put that throws, a connection
 * closed without a word, an open that never answers, a read that fails, a record that
 * needs repair. Each test injects the fault and shows nothing lost and the person told.
 */

let dbCount = 0;
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  vi.restoreAllMocks();
  vi.useRealTimers();
});
const keep = (autosave: Autosave | null) => {
  if (autosave) cleanups.push(() => autosave.stop());
  return autosave!;
};

/** Captures every IndexedDB connection the app opens, to break one from outside. */
function watchConnections() {
  const opened: IDBDatabase[] = [];
  const realOpen = indexedDB.open.bind(indexedDB);
  vi.spyOn(indexedDB, 'open').mockImplementation((...args: Parameters<IDBFactory['open']>) => {
    const request = realOpen(...args);
    request.addEventListener('success', () => opened.push(request.result));
    return request;
  });
  return opened;
}

describe('a write that throws half-way (issue 9, 4)', () => {
  it('aborts the transaction: the board is not stored without its index', async () => {
    const storage = idbBoardStorage(openStore(`half-${++dbCount}`, 'kv'));
    const board = createBoard({ title: 'Half written' });
    // A function cannot be stored: put() throws at once, after the board's put was queued.
    const unstorable = { type: 'index', boards: [], oops: () => 1 };
    await expect(
      storage.write(
        [
          [boardKey(board.id), toBoardDocument(board)],
          [INDEX_KEY, unstorable],
        ],
        [],
      ),
    ).rejects.toThrow();
    expect(await storage.readAll()).toEqual([]);
  });
});

describe('a connection closed without a close event (issue 9, 6)', () => {
  it('opens a fresh connection instead of retrying on the dead one', async () => {
    const opened = watchConnections();
    const storage = idbBoardStorage(openStore(`dead-${++dbCount}`, 'kv'));
    await storage.write([['a', 1]], []);
    // What the browser sometimes does: the connection is closed, and nobody is told.
    opened.at(-1)!.close();
    await storage.write([['b', 2]], []);
    expect(Object.fromEntries(await storage.readAll())).toEqual({ a: 1, b: 2 });
    expect(opened.length).toBe(2);
  });

  it('saves the next edit without a failure showing', async () => {
    const opened = watchConnections();
    const storage = idbBoardStorage(openStore(`dead-app-${++dbCount}`, 'kv'));
    const store = createBoardsStore();
    const autosave = keep(await startPersistence(store, storage, windowLike()));
    const id = store.getState().createBoard({ title: 'Before' });
    await autosave.flush();
    opened.at(-1)!.close();
    store.getState().renameBoard(id, 'After the connection died');
    await autosave.flush();
    expect(store.getState().save).toMatchObject({ mode: 'ok', pending: false });
    const [[, record]] = (await storage.read([boardKey(id)])) as [
      [string, { board: { title: string } }],
    ];
    expect(record.board.title).toBe('After the connection died');
  });
});

describe('a database open that never answers (issue 9, 7)', () => {
  it('says so within the time-out, works in memory, and loads when storage answers', async () => {
    // The time-out and the retries run on timers the test moves: a slow machine changes nothing.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const stored = createBoard({ title: 'Stored long ago' }, { id: 'old' });
    const mem = memoryStorage([[boardKey('old'), toBoardDocument(stored)]]);
    let answer = false;
    const realReadAll = mem.storage.readAll;
    mem.storage.readAll = vi.fn(() => (answer ? realReadAll() : new Promise<never>(() => {})));
    const store = createBoardsStore();
    const starting = startPersistence(store, mem.storage, windowLike(), null, null, {
      openTimeoutMs: 50,
      readRetryMs: [50],
    });
    await vi.advanceTimersByTimeAsync(50);
    const autosave = keep(await starting);
    expect(store.getState().status).toBe('ready');
    expect(store.getState().save).toMatchObject({
      mode: 'memory',
      retrying: true,
      reloadHelps: true,
    });
    expect(store.getState().save.message).toMatch(/taking too long to open/);
    expect(store.getState().save.detail).toMatch(/did not answer/);
    // Work goes on in memory, and nothing is written before the stored boards are read.
    const fresh = store.getState().createBoard({ title: 'Made while waiting' });
    await vi.advanceTimersByTimeAsync(120);
    expect(mem.storage.write).not.toHaveBeenCalled();

    answer = true;
    // The attempt under way times out (at most 50 ms), and the next one, 50 ms on, reads.
    await vi.advanceTimersByTimeAsync(100);
    expect(store.getState().save.mode).toBe('ok');
    expect(store.getState().boardIds).toEqual(expect.arrayContaining(['old', fresh]));
    expect(store.getState().save.notice).toMatch(/could be read after all/);
    await autosave.flush();
    expect(mem.data.has(boardKey(fresh))).toBe(true);
    expect(mem.data.get(boardKey('old'))).toEqual(toBoardDocument(stored));
  });
});

describe('a read that fails (issue 9, 5)', () => {
  it('says the boards could not be read, never that they are gone', async () => {
    const notes = new Map<string, string>([['partner-horizons:stored-boards', '3']]);
    const store = createBoardsStore();
    const stopCare = startStorageCare(store, undefined, {
      getItem: (k) => notes.get(k) ?? null,
      setItem: (k, v) => void notes.set(k, v),
      removeItem: (k) => void notes.delete(k),
    });
    cleanups.push(stopCare);
    const broken: BoardStorage = {
      readAll: () =>
        Promise.reject(new DOMException('Internal error opening backing store', 'UnknownError')),
      read: vi.fn(),
      write: vi.fn(),
    };
    keep(
      await startPersistence(store, broken, windowLike(), null, null, { readRetryMs: [60_000] }),
    );
    expect(store.getState().status).toBe('ready');
    expect(store.getState().save).toMatchObject({ mode: 'memory', reloadHelps: true });
    expect(store.getState().save.message).toMatch(/could not be read just now/);
    // The browser's own words are for the fold, not the sentence.
    expect(store.getState().save.message).not.toMatch(/backing store/);
    expect(store.getState().save.detail).toMatch(
      /UnknownError: Internal error opening backing store/,
    );
    expect(useStorageCare.getState().missingBoards).toBeNull();
    expect(notes.get('partner-horizons:stored-boards')).toBe('3');
  });
});

describe('the database lost, or only its connection (issue 9, 9)', () => {
  function lossyStorage(initial: [string, unknown][] = []) {
    const mem = memoryStorage(initial);
    const handlers: ((reason: LostReason) => void)[] = [];
    mem.storage.onLost = (handler) => void handlers.push(handler);
    return { ...mem, lose: (reason: LostReason) => handlers.forEach((h) => h(reason)) };
  }

  it('a closed connection with the data still there is not called a clearing', async () => {
    const mem = lossyStorage();
    const store = createBoardsStore();
    const autosave = keep(await startPersistence(store, mem.storage, windowLike()));
    store.getState().createBoard({ title: 'Still here' });
    await autosave.flush();
    const writes = mem.writes.length;
    mem.lose('closed');
    await autosave.flush();
    expect(store.getState().save.notice ?? null).toBeNull();
    expect(mem.writes.length).toBe(writes);
  });

  it('a closed connection with the data gone: everything is written again, and said', async () => {
    const mem = lossyStorage();
    const store = createBoardsStore();
    const autosave = keep(await startPersistence(store, mem.storage, windowLike()));
    const id = store.getState().createBoard({ title: 'Survivor' });
    await autosave.flush();
    mem.data.clear();
    mem.lose('closed');
    await autosave.settled();
    expect(store.getState().save.notice).toMatch(/cleared/);
    await autosave.flush();
    expect(mem.data.has(boardKey(id))).toBe(true);
  });

  it('a write that is not retried does not say it is', async () => {
    const mem = lossyStorage();
    const store = createBoardsStore();
    const channel = {
      post: vi.fn(),
      listen: (handler: (m: never) => void) => {
        queueMicrotask(() =>
          handler({ kind: 'saved', schema: 99, revs: {}, deleted: [] } as never),
        );
        return () => {};
      },
    };
    const autosave = keep(await startPersistence(store, mem.storage, windowLike(), null, channel));
    await autosave.settled();
    expect(store.getState().save.mode).toBe('failing');
    expect(store.getState().save).toMatchObject({ retrying: false, reloadHelps: true });
    expect(store.getState().save.message).toMatch(/updated in another tab/);
    expect(store.getState().save.message).not.toMatch(/retried/);
  });
});

describe('a stored board that needs repair (issue 9, 3)', () => {
  const damagedRecord = () => {
    const board = createBoard({ title: 'Acme', template: 'starter' }, { id: 'acme' });
    const [first] = Object.values(board.milestones);
    const doc = JSON.parse(JSON.stringify(toBoardDocument(board)));
    doc.board.milestones[first!.id].targetDate = '31/03/2027';
    return { doc, milestone: first! };
  };

  it('keeps the milestone, keeps the original, and tells the person', async () => {
    const { doc, milestone } = damagedRecord();
    const mem = memoryStorage([[boardKey('acme'), doc]]);
    const store = createBoardsStore();
    const autosave = keep(await startPersistence(store, mem.storage, windowLike()));
    const board = store.getState().boards.acme!;
    expect(board.milestones[milestone.id]?.notes).toMatch(/31\/03\/2027/);
    const [notice] = store.getState().repaired;
    expect(notice).toMatchObject({ id: 'acme', title: 'Acme', original: doc });
    expect(notice!.repairs.join(' ')).toMatch(/31\/03\/2027/);

    // The original is stored before anything can write the repaired board over it.
    await autosave.flush();
    const kept = [...mem.data.entries()].filter(([key]) => key.startsWith(QUARANTINE_PREFIX));
    expect(kept).toHaveLength(1);
    expect(kept[0]![1]).toMatchObject({ boardId: 'acme', original: doc });
    store.getState().renameBoard('acme', 'Acme, edited');
    await autosave.flush();
    expect(mem.data.get(kept[0]![0])).toMatchObject({ original: doc });

    // A reload still shows the notice, from the kept original, until it is dismissed.
    autosave.stop();
    const again = createBoardsStore();
    const second = keep(await startPersistence(again, mem.storage, windowLike()));
    expect(again.getState().repaired.map((r) => r.key)).toEqual([kept[0]![0]]);
    again.getState().dismissRepaired(kept[0]![0]);
    await second.settled();
    expect(mem.data.get(kept[0]![0])).toHaveProperty('seenAt');
    await second.flush();
    const third = createBoardsStore();
    keep(await startPersistence(third, mem.storage, windowLike()));
    expect(third.getState().repaired).toEqual([]);
    expect(mem.data.get(kept[0]![0])).toMatchObject({ original: doc });
  });
});
