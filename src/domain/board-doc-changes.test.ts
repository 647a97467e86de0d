import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type * as Y from 'yjs';
import { addMilestone, deleteMilestone, moveMilestone, updateMilestone } from './milestones';
import { updateVision } from './boards';
import { readBoard } from './board-doc';
import { NO_CHANGES, addChanges, readBoardChanges, type DocChanges } from './board-doc-changes';
import type { Board } from './schema';
import { T1, makeBoard } from '../testing/factories';
import { edit, join, read, seed, sync } from '../testing/live-doc';

/**
 * Reading only what others changed must give exactly what a full read gives. Ann edits; Bob's
 * copy hears her changes (as the relay would pass them) and reads them both ways.
 */

const base = () =>
  makeBoard({ 0: ['Swap leads', 'Co-webinar', 'Case study'], 1: ['Booth', 'Intro'], 2: ['API'] });

const T2 = '2026-03-01T00:00:00.000Z';
const T3 = '2026-03-02T00:00:00.000Z';

const COLUMNS = ['h0', 'h1', 'h2', 'h3', 'side:parked', 'side:achieved'];

const arbOp = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('field' as const),
      pick: fc.nat(),
      text: fc.string({ maxLength: 8 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('move' as const),
      pick: fc.nat(),
      column: fc.nat(5),
      index: fc.nat(4),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('add' as const),
      column: fc.nat(3),
      index: fc.nat(4),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('vision' as const),
      text: fc.string({ maxLength: 8 }),
    }),
  },
);
type Op = typeof arbOp extends fc.Arbitrary<infer T> ? T : never;

let added = 0;
function apply(board: Board, op: Op): Board {
  const ids = Object.keys(board.milestones).sort();
  const id = 'pick' in op && ids.length ? ids[op.pick % ids.length] : undefined;
  if (op.kind === 'vision') return updateVision(board, { vision: `Vision ${op.text}` }, T1);
  if (op.kind === 'add')
    return addMilestone(
      board,
      `h${op.column}`,
      { title: `New ${added}` },
      { id: `new${added++}`, index: op.index, now: T1 },
    );
  if (!id) return board;
  if (op.kind === 'delete') return deleteMilestone(board, id, T1);
  if (op.kind === 'move') return moveMilestone(board, id, COLUMNS[op.column]!, op.index, T1);
  return updateMilestone(board, id, { title: `Card ${op.text}`, owner: op.text }, T1);
}

/** Bob's copy of Ann's doc, and what has changed on it since he last read it. */
function listener(doc: Y.Doc) {
  let changes: DocChanges = NO_CHANGES;
  doc.on('afterTransaction', (transaction: Y.Transaction) => {
    changes = addChanges(changes, doc, transaction);
  });
  return {
    take() {
      const taken = changes;
      changes = NO_CHANGES;
      return taken;
    },
  };
}

describe('reading only what others changed', () => {
  it('gives what a full read gives, whatever they did, batch after batch', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(arbOp, { minLength: 1, maxLength: 3 }), { maxLength: 8 }),
        (batches) => {
          const ann = seed(base());
          const bob = join(ann);
          const heard = listener(bob);
          let previous = read(bob);
          for (const batch of batches) {
            for (const op of batch) edit(ann, (b) => apply(b, op), 'ann');
            sync(ann, bob);
            const full = readBoard(bob);
            expect(readBoardChanges(bob, previous, heard.take())).toEqual(full);
            previous = read(bob);
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  it('notes a card edit as that card and the board’s time, and anything else as the whole board', () => {
    const ann = seed(base());
    const bob = join(ann);
    const heard = listener(bob);
    const cardId = Object.keys(read(ann).milestones)[0]!;
    edit(ann, (b) => updateMilestone(b, cardId, { owner: 'Ann' }, T2), 'ann');
    sync(ann, bob);
    expect(heard.take()).toEqual({ milestones: new Set([cardId]), time: true });
    edit(ann, (b) => moveMilestone(b, cardId, 'h2', 0, T3), 'ann');
    sync(ann, bob);
    expect(heard.take()).toEqual({ milestones: new Set([cardId]), time: true });
    edit(ann, (b) => updateVision(b, { vision: 'One platform' }, T1), 'ann');
    sync(ann, bob);
    expect(heard.take()).toBe('all');
    // What the room keeps beside the board (its timebox, say) is not the board's.
    bob.getMap('room').set('slide', 2);
    expect(heard.take()).toEqual(NO_CHANGES);
  });
});
