import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { moveMilestone, updateMilestone } from '../../domain/milestones';
import { updateVision } from '../../domain/boards';
import { BOARD_DOCUMENT_TYPE, type Board } from '../../domain/schema';
import { T1, makeBoard } from '../../testing/factories';
import { comparable, sync, updatesOf } from '../../testing/live-doc';
import { bindBoard, type BindingStatus, type BoardBinding, type Schedule } from './doc-binding';

/**
 * Two people, each with their own store (a plain variable and its listeners) bound to their
 * own Y.Doc; the docs exchange updates as the relay would (sync). Frames are run by hand, so
 * a test can hold a remote read pending.
 */

const base = () => makeBoard({ 0: ['Swap leads', 'Co-webinar'], 1: ['Booth', 'Intro'] });

function fakeStore(initial?: Board) {
  let board = initial;
  const listeners = new Set<() => void>();
  return {
    listeners,
    sets: 0,
    get: () => board,
    /** What the real store's setState does: replace, then tell every subscriber. */
    set(next: Board) {
      board = next;
      for (const listener of [...listeners]) listener();
    },
    edit(change: (board: Board) => Board) {
      this.set(change(board!));
    },
  };
}

function manualFrames() {
  const queue = new Set<() => void>();
  const schedule: Schedule = (run) => {
    queue.add(run);
    return () => void queue.delete(run);
  };
  return {
    schedule,
    pending: () => queue.size,
    run() {
      const runs = [...queue];
      queue.clear();
      for (const run of runs) run();
    },
  };
}

interface Person {
  doc: Y.Doc;
  store: ReturnType<typeof fakeStore>;
  frames: ReturnType<typeof manualFrames>;
  binding: BoardBinding;
  statuses: BindingStatus[];
}

const bindings: BoardBinding[] = [];
afterEach(() => bindings.splice(0).forEach((b) => b.destroy()));

function person(name: string, board?: Board, doc = new Y.Doc()): Person {
  const store = fakeStore(board);
  const frames = manualFrames();
  const statuses: BindingStatus[] = [];
  const binding = bindBoard({
    doc,
    getBoard: store.get,
    setBoard(next) {
      store.sets += 1;
      store.set(next);
    },
    subscribe(listener) {
      store.listeners.add(listener);
      return () => void store.listeners.delete(listener);
    },
    origin: name,
    seed: board !== undefined,
    schedule: frames.schedule,
    onStatus: (status) => statuses.push(status),
  });
  bindings.push(binding);
  return { doc, store, frames, binding, statuses };
}

/** Ann goes live with the board; Bob joins with an empty store and receives it. */
function session(): [Person, Person] {
  const ann = person('ann', base());
  const bob = person('bob');
  exchange(ann, bob);
  return [ann, bob];
}

/** The relay passes updates both ways, then each screen paints a frame. */
function exchange(a: Person, b: Person): void {
  sync(a.doc, b.doc);
  a.frames.run();
  b.frames.run();
}

const card = (p: Person, id: string) => p.store.get()!.milestones[id]!;

describe('binding a board to its live doc', () => {
  it('seeds an empty doc, and a joiner writes nothing until it has read the board', () => {
    const ann = person('ann', base());
    expect(ann.binding.status()).toEqual({ state: 'live' });
    const bob = person('bob');
    expect(bob.binding.status()).toEqual({ state: 'waiting' });
    expect(updatesOf(bob.doc, () => bob.store.set(makeBoard({}, { id: 'other' })))).toBe(0);
    exchange(ann, bob);
    expect(bob.binding.status()).toEqual({ state: 'live' });
    expect(comparable(bob.store.get()!)).toEqual(comparable(ann.store.get()!));
    expect(bob.statuses).toEqual([{ state: 'live' }]);
  });

  it("brings one person's edit to the other's store, both ways", () => {
    const [ann, bob] = session();
    ann.store.edit((b) => updateMilestone(b, 'booth', { title: 'Big booth' }, T1));
    exchange(ann, bob);
    expect(card(bob, 'booth').title).toBe('Big booth');
    bob.store.edit((b) => moveMilestone(b, 'intro', 'h0', 0, T1));
    exchange(ann, bob);
    expect(card(ann, 'intro')).toMatchObject({ horizonId: 'h0', position: 0 });
    expect(comparable(ann.store.get()!)).toEqual(comparable(bob.store.get()!));
  });

  it('keeps concurrent edits of different fields on both stores', () => {
    const [ann, bob] = session();
    ann.store.edit((b) => updateMilestone(b, 'booth', { owner: 'Ann' }, T1));
    bob.store.edit((b) => updateMilestone(b, 'booth', { notes: 'Ask Bob' }, T1));
    bob.store.edit((b) => updateVision(b, { vision: 'One platform' }, T1));
    exchange(ann, bob);
    for (const p of [ann, bob]) {
      expect(card(p, 'booth')).toMatchObject({ owner: 'Ann', notes: 'Ask Bob' });
      expect(p.store.get()!.vision).toBe('One platform');
    }
    expect(comparable(ann.store.get()!)).toEqual(comparable(bob.store.get()!));
  });

  it("undoes only this person's edit, and the other's store sees the undo", () => {
    const [ann, bob] = session();
    expect(ann.binding.canUndo()).toBe(false);
    ann.store.edit((b) => updateMilestone(b, 'booth', { title: 'Big booth' }, T1));
    bob.store.edit((b) => updateMilestone(b, 'intro', { title: 'Warm intro' }, T1));
    exchange(ann, bob);
    expect(ann.binding.canUndo()).toBe(true);
    ann.binding.undo();
    ann.binding.flush();
    expect(card(ann, 'booth').title).toBe('Booth');
    expect(card(ann, 'intro').title).toBe('Warm intro');
    expect(ann.binding.canRedo()).toBe(true);
    exchange(ann, bob);
    expect(card(bob, 'booth').title).toBe('Booth');
    expect(card(bob, 'intro').title).toBe('Warm intro');
    ann.binding.redo();
    exchange(ann, bob);
    expect(card(bob, 'booth').title).toBe('Big booth');
  });

  it('reads remote changes at most once a frame', () => {
    const [ann, bob] = session();
    const before = bob.store.sets;
    ann.store.edit((b) => updateMilestone(b, 'booth', { owner: 'Ann' }, T1));
    sync(ann.doc, bob.doc);
    ann.store.edit((b) => updateMilestone(b, 'intro', { owner: 'Ann' }, T1));
    sync(ann.doc, bob.doc);
    expect(bob.frames.pending()).toBe(1);
    bob.frames.run();
    expect(bob.store.sets - before).toBe(1);
    expect(card(bob, 'intro').owner).toBe('Ann');
  });

  it('keeps the remote change when a local edit is made while its read is pending', () => {
    const [ann, bob] = session();
    ann.store.edit((b) => updateMilestone(b, 'booth', { owner: 'Ann' }, T1));
    ann.store.edit((b) => moveMilestone(b, 'swap-leads', 'h1', 0, T1));
    sync(ann.doc, bob.doc);
    expect(bob.frames.pending()).toBe(1);
    // Bob's store has not seen Ann's edits: his edit is made on a stale board.
    expect(card(bob, 'booth').owner).toBe('');
    bob.store.edit((b) => updateMilestone(b, 'booth', { title: 'Big booth' }, T1));
    exchange(ann, bob);
    for (const p of [ann, bob]) {
      expect(card(p, 'booth')).toMatchObject({ owner: 'Ann', title: 'Big booth' });
      expect(card(p, 'swap-leads').horizonId).toBe('h1');
    }
    expect(comparable(ann.store.get()!)).toEqual(comparable(bob.store.get()!));
  });

  it('stops both directions once destroyed', () => {
    const [ann, bob] = session();
    bob.binding.destroy();
    expect(bob.store.listeners.size).toBe(0);
    const bobs = bob.store.get();
    ann.store.edit((b) => updateMilestone(b, 'booth', { owner: 'Ann' }, T1));
    exchange(ann, bob);
    expect(bob.frames.pending()).toBe(0);
    expect(bob.store.get()).toBe(bobs);
    expect(updatesOf(bob.doc, () => bob.binding.flush())).toBe(0);
    bob.store.listeners.forEach((l) => l());
    expect(card(ann, 'booth').title).toBe('Booth');
  });

  it('a pending read is cancelled by destroy', () => {
    const [ann, bob] = session();
    ann.store.edit((b) => updateMilestone(b, 'booth', { owner: 'Ann' }, T1));
    sync(ann.doc, bob.doc);
    expect(bob.frames.pending()).toBe(1);
    bob.binding.destroy();
    expect(bob.frames.pending()).toBe(0);
  });

  it('stops, writing nothing, on a doc in a newer format', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('type', BOARD_DOCUMENT_TYPE);
    doc.getMap('meta').set('version', 999);
    const bob = person('bob', base(), doc);
    expect(bob.binding.status()).toMatchObject({ state: 'stopped', reason: 'newer-version' });
    expect(updatesOf(doc, () => bob.store.edit((b) => updateVision(b, { vision: 'x' }, T1)))).toBe(
      0,
    );
  });
});
