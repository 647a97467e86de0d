import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { boardScope, readBoard, writeBoard } from './board-doc';
import { deleteMilestone, milestoneIdsIn, moveMilestone, updateMilestone } from './milestones';
import { setVision } from './boards';
import { BOARD_SCHEMA_VERSION } from './schema';
import { arbBoard } from '../testing/arbitraries';
import { T1, makeBoard } from '../testing/factories';
import {
  comparable,
  edit,
  join,
  positionsByColumn,
  read,
  seed,
  sync,
  updatesOf,
} from '../testing/live-doc';

const base = () =>
  makeBoard({ 0: ['Swap leads', 'Co-webinar', 'Joint case study', 'Shared booth', 'Intro'] });

describe('a board in a Y.Doc', () => {
  it('reads back the board it was given: positions become indexes, dots a set', () => {
    fc.assert(
      fc.property(arbBoard, (board) => {
        expect(comparable(read(seed(board)))).toEqual(comparable(board));
      }),
      { numRuns: 100 },
    );
  });

  it('writes nothing when nothing changed: the same board, or the board read back', () => {
    fc.assert(
      fc.property(arbBoard, (board) => {
        const doc = seed(board);
        const updates = updatesOf(doc, () => {
          writeBoard(doc, board, 'again');
          writeBoard(doc, read(doc), 'again');
        });
        expect(updates).toBe(0);
      }),
      { numRuns: 100 },
    );
  });

  it('writes one update per write, in one transaction with the origin given', () => {
    const doc = seed(base());
    const origins: unknown[] = [];
    doc.on('update', (_update: Uint8Array, origin: unknown) => origins.push(origin));
    edit(doc, (b) => setVision(b, 'One platform', T1), 'ann');
    expect(origins).toEqual(['ann']);
  });

  it('rewrites only the moved card: its order key and what the move changed', () => {
    const doc = seed(base());
    const changed: string[] = [];
    doc.getMap('milestones').observeDeep((events) => {
      for (const event of events)
        for (const key of event.keys.keys()) changed.push([...event.path, key].join('.'));
    });
    edit(doc, (b) => moveMilestone(b, 'intro', 'h0', 1, T1), 'ann');
    expect(changed.sort()).toEqual(['intro.order', 'intro.updatedAt']);
    changed.length = 0;
    edit(doc, (b) => moveMilestone(b, 'co-webinar', 'h2', 0, T1), 'ann');
    expect(changed.sort()).toEqual([
      'co-webinar.horizonId',
      'co-webinar.order',
      'co-webinar.updatedAt',
    ]);
    expect(read(doc).milestones['co-webinar']).toMatchObject({ horizonId: 'h2', position: 0 });
  });

  it('stores records by id without their ids, and cards without positions', () => {
    const doc = seed(base());
    const card = doc.getMap('milestones').get('intro') as Y.Map<unknown>;
    expect(card.has('id')).toBe(false);
    expect(card.has('position')).toBe(false);
    expect(typeof card.get('order')).toBe('string');
    expect((doc.getMap('horizons').get('h0') as Y.Map<unknown>).has('order')).toBe(true);
  });

  it('refuses a doc nobody has written a board into, and a doc in a newer format', () => {
    expect(readBoard(new Y.Doc())).toMatchObject({ ok: false, reason: 'no-board' });
    const doc = seed(base());
    doc.getMap('meta').set('version', BOARD_SCHEMA_VERSION + 1);
    expect(readBoard(doc)).toMatchObject({ ok: false, reason: 'newer-version' });
    expect(() => writeBoard(doc, base(), 'me')).toThrow(/newer format/);
  });

  it('never writes one board over another', () => {
    const doc = seed(base());
    expect(() => writeBoard(doc, makeBoard({}, { id: 'board-2' }), 'me')).toThrow(/not board-2/);
  });

  it('repairs what a peer left broken, as restore repairs a file', () => {
    const doc = seed(base());
    const cards = doc.getMap<unknown>('milestones');
    doc.transact(() => {
      (cards.get('intro') as Y.Map<unknown>).set('title', '   ');
      (cards.get('swap-leads') as Y.Map<unknown>).set('order', 'not a key!');
      (cards.get('co-webinar') as Y.Map<unknown>).set('tags', new Y.Array());
      cards.set('stray', 'not a card');
      cards.set('__proto__', new Y.Map());
      const lost = { title: 'Lost', horizonId: 'gone', status: 'idea', order: 'a0' };
      cards.set('lost', new Y.Map<unknown>(Object.entries({ ...lost, impact: 3, tags: [] })));
      doc.getMap('board').set('sneaky', 1);
    }, 'peer');
    const result = readBoard(doc);
    if (!result.ok) throw new Error(result.error);
    expect(result.repaired).toBe(true);
    expect(result.board.milestones.intro).toBeUndefined();
    expect(result.board.milestones.stray).toBeUndefined();
    expect(Object.getPrototypeOf(result.board.milestones)).toBe(Object.prototype);
    // A card without a usable key goes last in its column, and its next write gives it one;
    // one whose horizon is gone joins the first: each column is numbered 0..n-1 again.
    expect(milestoneIdsIn(result.board, 'h0')).toEqual([
      'co-webinar',
      'lost',
      'joint-case-study',
      'shared-booth',
      'swap-leads',
    ]);
    expect(positionsByColumn(result.board)).toEqual([[0, 1, 2, 3, 4]]);
    writeBoard(doc, result.board, 'me');
    expect(comparable(read(doc))).toEqual(comparable(result.board));
    expect(doc.getMap('board').has('sneaky')).toBe(false);
  });

  it('keeps every dot of a round in a map of its own', () => {
    const board = makeBoard({ 0: ['Swap leads'] });
    const votes = [
      { participantId: 'p1', milestoneId: 'swap-leads' },
      { participantId: 'p1', milestoneId: 'swap-leads' },
    ];
    const round = { id: 'r1', title: 'Round 1', dots: 3, hidden: false, revealed: true, votes };
    const participant = { id: 'p1', name: 'Ann', initials: 'A', color: 'teal' as const };
    const doc = seed({
      ...board,
      participants: [participant],
      rounds: [{ ...round, startedAt: T1 }],
    });
    const dots = (doc.getMap('rounds').get('r1') as Y.Map<unknown>).get('votes') as Y.Map<unknown>;
    expect([...dots.keys()].sort()).toEqual(['p1 swap-leads 0', 'p1 swap-leads 1']);
    expect(read(doc).rounds[0]!.votes).toEqual(votes);
  });
});

describe('undo in a live board', () => {
  const undoFor = (doc: Y.Doc, origin: string) =>
    new Y.UndoManager(boardScope(doc), { trackedOrigins: new Set([origin]), captureTimeout: 0 });

  it("undoes only the person's own change, not the other's made at the same time", () => {
    const ann = seed(base(), 'seed');
    const bob = join(ann);
    const undo = undoFor(ann, 'ann');
    edit(ann, (b) => updateMilestone(b, 'intro', { owner: 'Ann' }, T1), 'ann');
    edit(bob, (b) => updateMilestone(b, 'swap-leads', { owner: 'Bob' }, T1), 'bob');
    sync(ann, bob);
    undo.undo();
    sync(ann, bob);
    for (const doc of [ann, bob]) {
      const board = read(doc);
      expect(board.milestones.intro!.owner).toBe('');
      expect(board.milestones['swap-leads']!.owner).toBe('Bob');
    }
  });

  it('on one doc, tracks one origin: a move is undone, the title set after it stays', () => {
    const doc = seed(base(), 'seed');
    const undo = undoFor(doc, 'ann');
    edit(doc, (b) => moveMilestone(b, 'intro', 'h1', 0, T1), 'ann');
    edit(doc, (b) => updateMilestone(b, 'intro', { title: 'Warm intro' }, T1), 'bob');
    undo.undo();
    const card = read(doc).milestones.intro!;
    expect(card).toMatchObject({ horizonId: 'h0', position: 4, title: 'Warm intro' });
  });

  it('brings back a card the person deleted, with its place', () => {
    const doc = seed(base(), 'seed');
    const before = read(doc);
    const undo = undoFor(doc, 'ann');
    edit(doc, (b) => deleteMilestone(b, 'co-webinar', T1), 'ann');
    expect(read(doc).milestones['co-webinar']).toBeUndefined();
    undo.undo();
    expect(read(doc).milestones['co-webinar']).toEqual(before.milestones['co-webinar']);
  });
});
