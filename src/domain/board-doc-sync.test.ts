import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type * as Y from 'yjs';
import {
  addMilestone,
  deleteMilestone,
  milestoneIdsIn,
  moveMilestone,
  updateMilestone,
} from './milestones';
import { renameBoard, updateVision } from './boards';
import { addHorizon, moveHorizon } from './horizons';
import { addParticipant, castVote, startRound } from './voting';
import { jsonEqual } from './json-equal';
import type { Board, Milestone } from './schema';
import { T1, applied, makeBoard } from '../testing/factories';
import { edit, join, positionsByColumn, read, seed, sync } from '../testing/live-doc';

/**
 * Two people on one live board: each edits their own copy of the doc, then the copies
 * exchange updates as the relay would. Both must then hold the same board, with every
 * edit of a different thing kept and each column numbered 0..n-1.
 */

const base = () =>
  makeBoard({ 0: ['Swap leads', 'Co-webinar', 'Case study'], 1: ['Booth', 'Intro'], 2: ['API'] });

/** Two copies of one board, as a facilitator who went live and someone who joined. */
function pair(board = base()): [Y.Doc, Y.Doc] {
  const ann = seed(board);
  return [ann, join(ann)];
}

/** Syncs the two and returns the board both now read, after checking they read the same. */
function converge(a: Y.Doc, b: Y.Doc): Board {
  sync(a, b);
  const board = read(a);
  expect(read(b)).toEqual(board);
  for (const positions of positionsByColumn(board))
    expect(positions).toEqual(positions.map((_, i) => i));
  return board;
}

const titles = (board: Board, column: string) =>
  milestoneIdsIn(board, column).map((id) => board.milestones[id]!.title);

describe('two people on one live board', () => {
  it('keeps edits of different fields of one card, and of different cards', () => {
    const [ann, bob] = pair();
    edit(ann, (b) => updateMilestone(b, 'booth', { owner: 'Ann' }, T1), 'ann');
    edit(bob, (b) => updateMilestone(b, 'booth', { notes: 'Ask Bob' }, T1), 'bob');
    edit(bob, (b) => updateMilestone(b, 'api', { impact: 5 }, T1), 'bob');
    const board = converge(ann, bob);
    expect(board.milestones.booth).toMatchObject({ owner: 'Ann', notes: 'Ask Bob' });
    expect(board.milestones.api!.impact).toBe(5);
  });

  it('keeps a card one adds while the other renames another, and both vision fields', () => {
    const [ann, bob] = pair();
    edit(ann, (b) => addMilestone(b, 'h1', { title: 'Webinar' }, { id: 'web', now: T1 }), 'ann');
    edit(ann, (b) => updateVision(b, { vision: 'One platform' }, T1), 'ann');
    edit(bob, (b) => updateMilestone(b, 'intro', { title: 'Warm intro' }, T1), 'bob');
    edit(bob, (b) => updateVision(b, { whyUs: 'Reach' }, T1), 'bob');
    edit(bob, (b) => applied(renameBoard(b, 'Acme 2027', T1)), 'bob');
    const board = converge(ann, bob);
    expect(titles(board, 'h1')).toEqual(['Booth', 'Warm intro', 'Webinar']);
    expect(board).toMatchObject({ vision: 'One platform', whyUs: 'Reach', title: 'Acme 2027' });
  });

  it('keeps both cards added at the same place, side by side, in one order', () => {
    const [ann, bob] = pair();
    edit(ann, (b) => addMilestone(b, 'h0', { title: 'Ann' }, { id: 'ann', index: 1 }), 'ann');
    edit(bob, (b) => addMilestone(b, 'h0', { title: 'Bob' }, { id: 'bob', index: 1 }), 'bob');
    const board = converge(ann, bob);
    expect(titles(board, 'h0')).toEqual(['Swap leads', 'Ann', 'Bob', 'Co-webinar', 'Case study']);
    // The tie is broken by id; the next card placed between them still finds room.
    edit(bob, (b) => addMilestone(b, 'h0', { title: 'Cy' }, { id: 'cy', index: 2 }), 'bob');
    expect(titles(converge(ann, bob), 'h0')).toEqual([
      'Swap leads',
      'Ann',
      'Cy',
      'Bob',
      'Co-webinar',
      'Case study',
    ]);
  });

  it('puts a card both moved in one place, the same on both', () => {
    const [ann, bob] = pair();
    edit(ann, (b) => moveMilestone(b, 'intro', 'h2', 0, T1), 'ann');
    edit(bob, (b) => moveMilestone(b, 'intro', 'h0', 1, T1), 'bob');
    const board = converge(ann, bob);
    const places = ['h0', 'h1', 'h2'].filter((h) => milestoneIdsIn(board, h).includes('intro'));
    expect(places).toHaveLength(1);
    expect(['h0', 'h2']).toContain(places[0]);
  });

  it('keeps a card deleted when the other edits or moves it at the same time', () => {
    const [ann, bob] = pair();
    edit(ann, (b) => deleteMilestone(b, 'booth', T1), 'ann');
    edit(bob, (b) => updateMilestone(b, 'booth', { title: 'Bigger booth' }, T1), 'bob');
    edit(bob, (b) => moveMilestone(b, 'booth', 'h3', 0, T1), 'bob');
    edit(bob, (b) => updateMilestone(b, 'api', { owner: 'Bob' }, T1), 'bob');
    const board = converge(ann, bob);
    expect(board.milestones.booth).toBeUndefined();
    expect(board.deleted).toEqual({ booth: T1 });
    expect(board.milestones.api!.owner).toBe('Bob');
  });

  it("keeps both people's dots, and both horizons added and moved at once", () => {
    let board = applied(addParticipant(base(), 'Ann', { id: 'pa', now: T1 }));
    board = applied(addParticipant(board, 'Bob', { id: 'pb', now: T1 }));
    board = applied(startRound(board, { dots: 3 }, { id: 'r1', now: T1 }));
    const [ann, bob] = pair(board);
    edit(ann, (b) => applied(castVote(b, 'pa', 'api', T1)), 'ann');
    edit(ann, (b) => applied(addHorizon(b, { title: 'Someday' }, { id: 'ha', now: T1 })), 'ann');
    edit(ann, (b) => moveHorizon(b, 'h3', 0, T1), 'ann');
    edit(bob, (b) => applied(castVote(b, 'pb', 'api', T1)), 'bob');
    edit(bob, (b) => applied(castVote(b, 'pb', 'intro', T1)), 'bob');
    edit(bob, (b) => applied(addHorizon(b, { title: 'Never' }, { id: 'hb', now: T1 })), 'bob');
    edit(bob, (b) => moveHorizon(b, 'h3', 1, T1), 'bob');
    const merged = converge(ann, bob);
    expect(merged.rounds[0]!.votes).toHaveLength(3);
    const ids = merged.horizons.map((h) => h.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(['h0', 'h1', 'h2', 'h3', 'ha', 'hb']);
  });
});

const COLUMNS = ['h0', 'h1', 'h2', 'h3', 'side:parked', 'side:achieved'];
const FIELDS = ['title', 'notes', 'owner', 'impact'] as const;

const arbOp = fc.oneof(
  fc.record({ kind: fc.constant('field'), pick: fc.nat(), field: fc.constantFrom(...FIELDS) }),
  fc.record({ kind: fc.constant('add'), column: fc.nat(3), index: fc.nat(4) }),
  fc.record({ kind: fc.constant('move'), pick: fc.nat(), column: fc.nat(5), index: fc.nat(4) }),
  fc.record({ kind: fc.constant('delete'), pick: fc.nat() }),
  fc.record({ kind: fc.constant('vision') }),
  fc.record({ kind: fc.constant('title') }),
);
type Op = typeof arbOp extends fc.Arbitrary<infer T> ? T : never;

/** The card an edit is about, if it is about one and there is one. */
function picked(board: Board, op: Op): string | undefined {
  const ids = Object.keys(board.milestones).sort();
  return 'pick' in op && ids.length ? ids[op.pick % ids.length] : undefined;
}

function apply(board: Board, op: Op, who: string): Board {
  const ids = Object.keys(board.milestones);
  const id = picked(board, op);
  const mark = `${who} ${Object.keys(board.milestones).length} ${board.updatedAt}`;
  if (op.kind === 'vision') return updateVision(board, { vision: mark }, T1);
  if (op.kind === 'title') return applied(renameBoard(board, mark, T1));
  if (op.kind === 'add') {
    const newId = `${who}${Object.keys(board.deleted ?? {}).length}-${ids.length}`;
    if (board.milestones[newId]) return board;
    const options = { id: newId, index: op.index, now: T1 };
    return addMilestone(board, `h${op.column}`, { title: mark }, options);
  }
  if (!id) return board;
  if (op.kind === 'delete') return deleteMilestone(board, id, T1);
  if (op.kind === 'move') return moveMilestone(board, id, COLUMNS[op.column]!, op.index, T1);
  const value = op.field === 'impact' ? 1 + (mark.length % 5) : `${op.field} ${mark}`;
  return updateMilestone(board, id, { [op.field]: value }, T1);
}

/** One person's session: each edit read, applied and written; what it wrote; what it moved. */
function play(doc: Y.Doc, ops: Op[], who: string) {
  const touched = new Set<string>();
  const moved = new Set<string>();
  for (const op of ops) {
    const before = read(doc);
    const after = edit(doc, (b) => apply(b, op, who), who);
    if (op.kind === 'move') moved.add(picked(before, op)!);
    for (const field of ['title', 'vision'] as const)
      if (before[field] !== after[field]) touched.add(field);
    for (const [id, card] of Object.entries(after.milestones)) {
      const was: Partial<Milestone> = before.milestones[id] ?? {};
      for (const field of Object.keys({ ...was, ...card }) as (keyof Milestone)[])
        if (field !== 'position' && !jsonEqual(was[field], card[field]))
          touched.add(`${id}.${field}`);
    }
  }
  return { board: read(doc), touched, moved };
}
type Session = ReturnType<typeof play>;

/** A value after the merge: the one side's that changed it, either when both did. */
function expectMerged(
  key: string,
  [was, a, b]: unknown[],
  actual: unknown,
  ann: Session,
  bob: Session,
) {
  const byAnn = ann.touched.has(key);
  const byBob = bob.touched.has(key);
  if (byAnn && byBob) expect([a, b]).toContainEqual(actual);
  else expect(actual).toEqual(byAnn ? a : byBob ? b : was);
}

function expectCards(start: Board, merged: Board, ann: Session, bob: Session) {
  const boards = [start, ann.board, bob.board];
  const ids = new Set(boards.flatMap((board) => Object.keys(board.milestones)));
  for (const id of ids) {
    const [was, a, b] = boards.map((board) => board.milestones[id]);
    const card = merged.milestones[id];
    // Deleted by either: deleted, whatever the other did to it.
    if (was && (!a || !b)) expect(card).toBeUndefined();
    else if (!was) expect({ ...card, position: 0 }).toEqual({ ...(a ?? b), position: 0 });
    else
      for (const field of Object.keys({ ...was, ...a, ...b, ...card }) as (keyof Milestone)[])
        if (field !== 'position')
          expectMerged(
            `${id}.${field}`,
            [was[field], a?.[field], b?.[field]],
            card![field],
            ann,
            bob,
          );
  }
}

/** Cards neither person moved keep their order among themselves. */
function expectUnmovedInOrder(start: Board, merged: Board, ann: Session, bob: Session) {
  const stays = (id: string) => merged.milestones[id] && !ann.moved.has(id) && !bob.moved.has(id);
  for (const column of COLUMNS) {
    const before = milestoneIdsIn(start, column).filter(stays);
    expect(milestoneIdsIn(merged, column).filter((id) => before.includes(id))).toEqual(before);
  }
}

describe('two people editing at once, whatever they do', () => {
  it('converge, keep every edit of what the other did not also change, and the order', () => {
    fc.assert(
      fc.property(
        fc.array(arbOp, { maxLength: 6 }),
        fc.array(arbOp, { maxLength: 6 }),
        (annOps, bobOps) => {
          const start = base();
          const [annDoc, bobDoc] = pair(start);
          const ann = play(annDoc, annOps, 'ann');
          const bob = play(bobDoc, bobOps, 'bob');
          const merged = converge(annDoc, bobDoc);
          for (const field of ['title', 'vision'] as const)
            expectMerged(
              field,
              [start, ann.board, bob.board].map((board) => board[field]),
              merged[field],
              ann,
              bob,
            );
          expectCards(start, merged, ann, bob);
          expectUnmovedInOrder(start, merged, ann, bob);
        },
      ),
      { numRuns: 60 },
    );
  });
});
