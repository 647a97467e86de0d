import { describe, expect, it, vi } from 'vitest';
import { get as idbGet, setMany } from 'idb-keyval';
import { createBoardsStore } from '../store/boards-store';
import { startPersistence } from './autosave';
import { StaleWriteError, idbBoardStorage, type BoardStorage } from './board-storage';
import { INDEX_KEY, boardKey, indexRevisions, revisionOf, timelineKey } from './record-format';
import { saveSnapshot, snapshotsOf } from '../domain/timeline';
import type { Board } from '../domain/schema';
import { milestoneIdsIn } from '../domain/milestones';
import { withSaveClock, windowLike as noWindow } from '../testing/autosave-harness';
import { freshDb, settle, twoTabs } from '../testing/two-tabs';

// Messages between tabs run on the same timers as saves.
const running = withSaveClock();

/** Saves a snapshot of the board in one tab, as the timeline does. */
const snap = (store: ReturnType<typeof createBoardsStore>, boardId: string, name: string) =>
  store
    .getState()
    .edit(
      boardId,
      (b) =>
        saveSnapshot(b, { id: name.replace(/\W/g, ''), name, takenAt: new Date().toISOString() })
          .board,
    );

const titles = (store: ReturnType<typeof createBoardsStore>, boardId: string, horizon = 0) => {
  const board = store.getState().boards[boardId]!;
  return milestoneIdsIn(board, board.horizons[horizon]!.id).map(
    (id) => board.milestones[id]!.title,
  );
};

describe('two tabs on one board', () => {
  it('an edit in one tab appears in the other, which does not write it back', async () => {
    const { storage, open } = await twoTabs(running);
    const a = await open();
    const b = await open();
    const id = a.store.getState().createBoard({ title: 'Acme' });
    await a.autosave.flush();
    await settle(b);
    expect(b.store.getState().boards[id]?.title).toBe('Acme');
    const horizon = a.store.getState().boards[id]!.horizons[0]!.id;
    a.store.getState().addMilestone(id, horizon, { title: 'From A' });
    await a.autosave.flush();
    await settle(b);
    expect(titles(b.store, id)).toEqual(['From A']);
    const write = vi.spyOn(storage, 'write');
    await b.autosave.flush();
    expect(write).not.toHaveBeenCalled();
    expect(b.store.getState().history[id]).toBeUndefined();
  });

  it('never saves over an edit it has not seen: both edits are kept', async () => {
    const { storage, bus, open } = await twoTabs(running);
    const a = await open();
    const id = a.store.getState().createBoard({ title: 'Acme' });
    await a.autosave.flush();
    const b = await open();
    // Neither hears of the other's edit before saving.
    bus.mute(true);
    const horizon = a.store.getState().boards[id]!.horizons[0]!.id;
    a.store.getState().addMilestone(id, horizon, { title: 'From A' });
    b.store.getState().addMilestone(id, horizon, { title: 'From B' });
    await a.autosave.flush();
    await b.autosave.flush(); // refused by the guard, merged, and saved again
    await settle(b);
    const [, record] = (await storage.read([boardKey(id)]))[0]!;
    const board = (record as { board: { milestones: Record<string, { title: string }> } }).board;
    expect(
      Object.values(board.milestones)
        .map((m) => m.title)
        .sort(),
    ).toEqual(['From A', 'From B']);
    expect(revisionOf(record)).toBe(2);
    expect(titles(b.store, id).sort()).toEqual(['From A', 'From B']);
  });

  it('takes in news that arrives while it is still loading, once loaded', async () => {
    let release!: () => void;
    const { storage, bus } = await twoTabs(running);
    const slow: BoardStorage = {
      ...storage,
      readAll: async () => {
        await new Promise<void>((resolve) => (release = resolve));
        return storage.readAll();
      },
    };
    const a = createBoardsStore();
    running.push((await startPersistence(a, storage, noWindow(), null, bus.make()))!);
    const b = createBoardsStore();
    const loading = startPersistence(b, slow, noWindow(), null, bus.make());
    const id = a.getState().createBoard({ title: 'Early' });
    await running[0]!.flush();
    // B's read started before A wrote; the message waits for B's load.
    await vi.advanceTimersByTimeAsync(10);
    const stale = await storage.readAll();
    release();
    running.push((await loading)!);
    expect(stale.some(([key]) => key === boardKey(id))).toBe(true);
    await running[1]!.settled();
    expect(b.getState().boards[id]?.title).toBe('Early');
  });

  it('a snapshot taken in one tab reaches the other, stored apart from the board', async () => {
    const { idb, storage, open } = await twoTabs(running);
    const a = await open();
    const id = a.store.getState().createBoard({ title: 'Acme', template: 'starter' });
    await a.autosave.flush();
    const b = await open();
    snap(a.store, id, 'January workshop');
    await a.autosave.flush();
    await settle(b);
    expect(snapshotsOf(b.store.getState().boards[id]!).map((s) => s.name)).toEqual([
      'January workshop',
    ]);
    // The board record stays small: the timeline has a record of its own, joined on reading.
    expect(await idbGet(boardKey(id), idb)).not.toHaveProperty('board.timeline');
    expect(await idbGet(timelineKey(id), idb)).toMatchObject({ timeline: { log: [] } });
    const read = await storage.readAll();
    expect(read.map(([key]) => key)).not.toContain(timelineKey(id));
    expect(read.find(([key]) => key === boardKey(id))).toMatchObject([
      boardKey(id),
      { board: { timeline: { snapshots: [{ name: 'January workshop' }] } } },
    ]);
  });

  it('snapshots taken in two tabs at once are both kept', async () => {
    const { storage, bus, open } = await twoTabs(running);
    const a = await open();
    const id = a.store.getState().createBoard({ title: 'Acme' });
    await a.autosave.flush();
    const b = await open();
    bus.mute(true);
    snap(a.store, id, 'From A');
    snap(b.store, id, 'From B');
    await a.autosave.flush();
    await b.autosave.flush(); // refused by the guard, merged with what A stored, saved again
    await settle(b);
    const [, record] = (await storage.read([boardKey(id)]))[0]!;
    const names = (record as { board: Board }).board.timeline!.snapshots.map((s) => s.name);
    expect(names.sort()).toEqual(['From A', 'From B']);
    expect(snapshotsOf(b.store.getState().boards[id]!)).toHaveLength(2);
  });

  it('a board deleted in one tab goes from the other unless changed there', async () => {
    const { open } = await twoTabs(running);
    const a = await open();
    const keep = a.store.getState().createBoard({ title: 'Keep' });
    const drop = a.store.getState().createBoard({ title: 'Drop' });
    await a.autosave.flush();
    const b = await open();
    a.store.getState().deleteBoard(drop);
    await a.autosave.flush();
    await settle(b);
    expect(b.store.getState().boardIds).toEqual([keep]);
  });

  it('stops writing when another tab runs a newer format, and says to reload', async () => {
    const { bus, open } = await twoTabs(running);
    const b = await open();
    const other = bus.make();
    other.listen(() => {});
    other.post({ kind: 'saved', schema: 99, revs: {}, deleted: [] });
    await settle(b);
    expect(b.store.getState().save.mode).toBe('failing');
    expect(b.store.getState().save.message).toMatch(/updated in another tab\. Reload this tab/);
    b.store.getState().createBoard({ title: 'Not written' });
    await b.autosave.flush();
    expect(b.store.getState().save.pending).toBe(true);
  });
});

describe('the write guard', () => {
  it('writes nothing, not even the index, when a guarded record changed', async () => {
    const storage = idbBoardStorage(freshDb('guard'));
    await storage.write([[boardKey('b'), { rev: 3 }]], []);
    const attempt = storage.write(
      [
        [boardKey('b'), { rev: 3 }],
        [INDEX_KEY, { boards: [] }],
      ],
      [],
      { [boardKey('b')]: 2 },
    );
    await expect(attempt).rejects.toBeInstanceOf(StaleWriteError);
    await expect(attempt).rejects.toMatchObject({ stale: [[boardKey('b'), { rev: 3 }]] });
    expect(await storage.readAll()).toEqual([[boardKey('b'), { rev: 3 }]]);
    // A record that should not exist yet, but does.
    await expect(
      storage.write([[boardKey('b'), { rev: 0 }]], [], { [boardKey('b')]: undefined }),
    ).rejects.toBeInstanceOf(StaleWriteError);
    expect(revisionOf({})).toBe(0);
    expect(revisionOf(undefined)).toBeUndefined();
  });

  it('checks a revision the index vouches for without reading the board', async () => {
    const idb = freshDb('guard');
    const storage = idbBoardStorage(idb);
    await storage.write(
      [
        [boardKey('b'), { rev: 0 }],
        [INDEX_KEY, { boards: [{ id: 'b' }] }],
      ],
      [],
      { [boardKey('b')]: undefined },
    );
    expect(indexRevisions(await idbGet(INDEX_KEY, idb))).toEqual(new Map([['b', 0]]));
    const gets = vi.spyOn(IDBObjectStore.prototype, 'get');
    try {
      await storage.write(
        [
          [boardKey('b'), { rev: 1 }],
          [INDEX_KEY, { boards: [{ id: 'b' }] }],
        ],
        [],
        { [boardKey('b')]: 0 },
      );
      expect(gets.mock.calls.map(([key]) => key)).toEqual([INDEX_KEY]);
    } finally {
      gets.mockRestore();
    }
    expect(await idbGet(boardKey('b'), idb)).toEqual({ rev: 1 });
    expect(indexRevisions(await idbGet(INDEX_KEY, idb))).toEqual(new Map([['b', 1]]));
  });

  it('reads the board when a version that keeps no revisions in the index wrote last', async () => {
    const idb = freshDb('guard');
    const storage = idbBoardStorage(idb);
    await storage.write(
      [
        [boardKey('b'), { rev: 4 }],
        [INDEX_KEY, { boards: [{ id: 'b' }] }],
      ],
      [],
    );
    // An older tab saves the board again, and its index, which knows nothing of revisions.
    await setMany(
      [
        [boardKey('b'), { rev: 5 }],
        [INDEX_KEY, { boards: [{ id: 'b' }] }],
      ],
      idb,
    );
    await expect(
      storage.write([[boardKey('b'), { rev: 5 }]], [], { [boardKey('b')]: 4 }),
    ).rejects.toMatchObject({ stale: [[boardKey('b'), { rev: 5 }]] });
    expect(await idbGet(boardKey('b'), idb)).toEqual({ rev: 5 });
  });

  it('keeps the index revisions in step with every board put and deleted, index or not', async () => {
    const idb = freshDb('guard');
    const storage = idbBoardStorage(idb);
    await storage.write(
      [
        [boardKey('a'), { rev: 0 }],
        [boardKey('b'), { rev: 2 }],
        [INDEX_KEY, { boards: [{ id: 'a' }, { id: 'b' }] }],
      ],
      [],
    );
    // A write without the index still updates the revisions the stored index vouches for.
    await storage.write([[boardKey('a'), { rev: 1 }]], [boardKey('b')]);
    const index = await idbGet(INDEX_KEY, idb);
    expect(index).toMatchObject({ boards: [{ id: 'a' }, { id: 'b' }] });
    expect(indexRevisions(index)).toEqual(new Map([['a', 1]]));
    // A deleted board is no longer vouched for: a guard expecting it finds it gone.
    await expect(
      storage.write([[boardKey('b'), { rev: 3 }]], [], { [boardKey('b')]: 2 }),
    ).rejects.toMatchObject({ stale: [[boardKey('b'), undefined]] });
    // The index vouches only for records that exist: one it does not name is looked up.
    await setMany([[boardKey('c'), { rev: 0 }]], idb);
    await expect(
      storage.write([[boardKey('c'), { rev: 0 }]], [], { [boardKey('c')]: undefined }),
    ).rejects.toMatchObject({ stale: [[boardKey('c'), { rev: 0 }]] });
  });
});
