import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore as createIdbStore } from 'idb-keyval';
import { createBoardsStore } from '../store/boards-store';
import { SAVE_DELAY_MS, startPersistence, type Autosave } from './autosave';
import { idbBoardStorage, openStore, type BoardStorage, type LostReason } from './board-storage';
import { INDEX_KEY, boardKey, timelineKey } from './record-format';
import { toBoardDocument } from '../domain/restore';
import { memoryStorage } from '../testing/memory-storage';
import { createBoard } from '../domain/boards';
import { windowLike } from '../testing/autosave-harness';

const target = windowLike;

let autosave: Autosave | null = null;
// Saving runs on timers, which the tests move: nothing here waits for the clock. IndexedDB
// (fake-indexeddb) schedules its work with setImmediate, which stays real.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  autosave?.stop();
  autosave = null;
  vi.useRealTimers();
});

describe('startPersistence', () => {
  it('starts empty and ready when nothing is stored, without writing', async () => {
    const { storage } = memoryStorage();
    const store = createBoardsStore();
    autosave = await startPersistence(store, storage, target());
    expect(store.getState().status).toBe('ready');
    expect(store.getState().boardIds).toEqual([]);
    expect(storage.write).not.toHaveBeenCalled();
  });

  it('saves a change within the save delay, board and index together', async () => {
    const mem = memoryStorage();
    const store = createBoardsStore();
    autosave = await startPersistence(store, mem.storage, target());
    const id = store.getState().createBoard({ title: 'Acme', template: 'starter' });
    expect(store.getState().save.pending).toBe(true);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    await autosave!.settled();
    expect(mem.writes).toHaveLength(1);
    expect(mem.writes[0]!.puts.map(([k]) => k)).toEqual([boardKey(id), INDEX_KEY]);
    expect(store.getState().save.pending).toBe(false);
    expect(store.getState().save.lastSavedAt).not.toBeNull();
  });

  it('batches quick edits into one write', async () => {
    const mem = memoryStorage();
    const store = createBoardsStore();
    autosave = await startPersistence(store, mem.storage, target());
    const id = store.getState().createBoard({ title: 'Acme' });
    for (let i = 0; i < 20; i++) store.getState().setVision(id, `draft ${i}`);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    await autosave!.settled();
    expect(mem.writes).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS * 2);
    await autosave!.settled();
    expect(mem.writes).toHaveLength(1);
  });

  it('loads what it saved, in the saved order, as a new tab or a reload would', async () => {
    const mem = memoryStorage();
    const first = createBoardsStore();
    autosave = await startPersistence(first, mem.storage, target());
    const a = first.getState().createBoard({ title: 'A', template: 'starter' });
    const b = first.getState().createBoard({ title: 'B' });
    await autosave!.flush();
    autosave!.stop();

    const second = createBoardsStore();
    autosave = await startPersistence(second, mem.storage, target());
    expect(second.getState().boardIds).toEqual([a, b]);
    expect(second.getState().boards[a]).toEqual(first.getState().boards[a]);
  });

  it('deletes the key of a deleted board', async () => {
    const mem = memoryStorage();
    const store = createBoardsStore();
    autosave = await startPersistence(store, mem.storage, target());
    const id = store.getState().createBoard({ title: 'A' });
    await autosave!.flush();
    store.getState().deleteBoard(id);
    await autosave!.flush();
    expect(mem.data.has(boardKey(id))).toBe(false);
    expect((mem.data.get(INDEX_KEY) as { boards: unknown[] }).boards).toEqual([]);
  });

  it('writes pending changes at once when the page is hidden', async () => {
    const mem = memoryStorage();
    const store = createBoardsStore();
    const events = target();
    autosave = await startPersistence(store, mem.storage, events);
    store.getState().createBoard({ title: 'A' });
    events.dispatchEvent(new Event('pagehide'));
    // The clock does not move: only the page hiding can have started this write.
    await autosave!.settled();
    expect(mem.writes).toHaveLength(1);
  });

  it('lists a damaged board, loads the rest, and never writes over the damaged one', async () => {
    const mem = memoryStorage([
      [boardKey('good'), toBoardDocument(createBoard({ title: 'Good' }, { id: 'good' }))],
      [boardKey('bad'), { type: 'partner-horizons/board', version: 2, board: { title: 'Bad' } }],
    ]);
    const store = createBoardsStore();
    autosave = await startPersistence(store, mem.storage, target());
    expect(store.getState().status).toBe('ready');
    expect(store.getState().boardIds).toEqual(['good']);
    expect(store.getState().damaged).toEqual([
      {
        key: 'board:bad',
        id: 'bad',
        error: expect.stringMatching(/cannot be opened/),
        raw: { type: 'partner-horizons/board', version: 2, board: { title: 'Bad' } },
      },
    ]);
    store.getState().renameBoard('good', 'Still good');
    // An imported board with the damaged one's id gets a new id.
    const [imported] = store.getState().importBoards([createBoard({ title: 'X' }, { id: 'bad' })]);
    expect(imported).not.toBe('bad');
    await autosave!.flush();
    expect(mem.data.get(boardKey('bad'))).toEqual({
      type: 'partner-horizons/board',
      version: 2,
      board: { title: 'Bad' },
    });
    expect(mem.writes.flatMap((w) => w.deletes)).toEqual([]);
  });

  it('loads a board whose timeline is damaged, keeps the original and says what was left out', async () => {
    const board = createBoard({ title: 'Acme' }, { id: 'acme' });
    const timeline = { type: 'partner-horizons/timeline', version: 1, timeline: { snapshots: 3 } };
    const mem = memoryStorage([
      [boardKey('acme'), toBoardDocument(board)],
      [timelineKey('acme'), timeline],
    ]);
    const store = createBoardsStore();
    autosave = await startPersistence(store, mem.storage, target());
    expect(store.getState().boards.acme?.title).toBe('Acme');
    expect(store.getState().repaired).toEqual([
      expect.objectContaining({
        id: 'acme',
        repairs: [expect.stringMatching(/^Left out of the board’s history/)],
        original: expect.objectContaining({
          board: expect.objectContaining({ timeline: { snapshots: 3 } }),
        }),
      }),
    ]);
    await autosave!.flush();
    // The damaged timeline is never written over without its copy kept.
    expect([...mem.data.keys()].some((key) => key.startsWith('quarantine:acme:'))).toBe(true);
  });

  it('never writes when a stored board comes from a newer version, and says which', async () => {
    const mem = memoryStorage([
      [boardKey('good'), toBoardDocument(createBoard({ title: 'Good' }, { id: 'good' }))],
      [boardKey('bad'), { type: 'partner-horizons/board', version: 99, board: {} }],
    ]);
    const store = createBoardsStore();
    autosave = await startPersistence(store, mem.storage, target());
    expect(autosave).toBeNull();
    expect(store.getState().status).toBe('error');
    expect(store.getState().loadError).toMatch(/written by a newer version/);
    // The storage key is for whoever helps: folded away, not in the sentence.
    expect(store.getState().loadError).not.toMatch(/board:bad/);
    expect(store.getState().loadErrorDetail).toMatch(/board:bad/);
    expect(store.getState().unreadable).toHaveProperty(['board:bad']);
    store.getState().hydrate([]);
    store.getState().createBoard({ title: 'Would overwrite' });
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS * 2);
    expect(mem.storage.write).not.toHaveBeenCalled();
  });

  it('works in memory and says so when there is no storage', async () => {
    const store = createBoardsStore();
    autosave = await startPersistence(store, null, target());
    expect(store.getState().status).toBe('ready');
    expect(store.getState().save.mode).toBe('memory');
    expect(store.getState().save.message).toMatch(/not letting/);
  });

  it('works in memory when storage cannot be opened', async () => {
    const store = createBoardsStore();
    const broken: BoardStorage = {
      readAll: () => Promise.reject(new DOMException('blocked', 'InvalidStateError')),
      read: vi.fn(),
      write: vi.fn(),
    };
    autosave = await startPersistence(store, broken, target());
    expect(store.getState().save.mode).toBe('memory');
    store.getState().createBoard({ title: 'A' });
    expect(broken.write).not.toHaveBeenCalled();
  });

  describe('when a write fails', () => {
    it('keeps the work, says the storage is full, retries and recovers', async () => {
      const mem = memoryStorage();
      const store = createBoardsStore();
      autosave = await startPersistence(store, mem.storage, target());
      mem.fail(new DOMException('full', 'QuotaExceededError'));
      const id = store.getState().createBoard({ title: 'A' });
      await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS + 10);
      expect(store.getState().save).toMatchObject({ mode: 'failing', pending: true });
      expect(store.getState().save.message).toMatch(/full/);
      expect(store.getState().boards[id]).toBeDefined();
      await vi.advanceTimersByTimeAsync(1100);
      expect(store.getState().save).toMatchObject({ mode: 'ok', pending: false, message: null });
      expect(mem.data.has(boardKey(id))).toBe(true);
    });

    it('keeps the work through a write that aborts, and saves it on the retry', async () => {
      const mem = memoryStorage();
      const store = createBoardsStore();
      autosave = await startPersistence(store, mem.storage, target());
      mem.fail(new DOMException('The transaction was aborted', 'AbortError'));
      const id = store.getState().createBoard({ title: 'A' });
      await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS + 10);
      expect(store.getState().save).toMatchObject({ mode: 'failing', retrying: true });
      expect(store.getState().save.message).toMatch(/refused to save recent changes/);
      expect(store.getState().save.detail).toMatch(/AbortError/);
      // Nothing half-written: the failed write put nothing at all.
      expect(mem.data.size).toBe(0);
      await vi.advanceTimersByTimeAsync(1100);
      expect(store.getState().save.mode).toBe('ok');
      expect(mem.data.has(boardKey(id))).toBe(true);
      expect(mem.data.has(INDEX_KEY)).toBe(true);
    });
  });

  it('writes every board again when the database is deleted under it', async () => {
    const name = `lost-${Math.random()}`;
    const lost: ((reason: LostReason) => void)[] = [];
    const storage = idbBoardStorage(
      openStore(name, 'kv', (reason) => lost.forEach((f) => f(reason))),
    );
    storage.onLost = (handler) => void lost.push(handler);
    const store = createBoardsStore();
    autosave = await startPersistence(store, storage, target());
    const id = store.getState().createBoard({ title: 'Survivor' });
    await autosave!.flush();
    // Another party deletes the database: the open connection lets go at once.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('blocked by the app’s connection'));
    });
    expect(store.getState().save.notice).toMatch(/cleared while the app was open/);
    await autosave!.flush();
    const keys = (await storage.readAll()).map(([key]) => key);
    expect(keys).toEqual(expect.arrayContaining([boardKey(id), INDEX_KEY]));
  });
});

describe('idbBoardStorage', () => {
  it('round-trips through IndexedDB in one transaction', async () => {
    const storage = idbBoardStorage(createIdbStore('test-db', 'kv'));
    await storage.write(
      [
        ['a', { n: 1 }],
        ['b', { n: 2 }],
      ],
      [],
    );
    await storage.write([['c', { n: 3 }]], ['a']);
    expect(Object.fromEntries(await storage.readAll())).toEqual({ b: { n: 2 }, c: { n: 3 } });
  });
});
