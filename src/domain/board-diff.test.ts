import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyDiff,
  COMPARED_FIELDS,
  diffBoards,
  diffSummary,
  isEmptyDiff,
  readMilestones,
} from './board-diff';
import { arbBoard } from '../testing/arbitraries';
import { deepFreeze, makeBoard, T1 } from '../testing/factories';
import { moveMilestone, updateMilestone } from './milestones';
import type { Board } from './schema';

/** What a comparison covers of a board: equal here means "no change to tell". */
const compared = (board: Board) => ({
  ...Object.fromEntries(COMPARED_FIELDS.map((field) => [field, board[field]])),
  horizons: board.horizons,
  values: board.values,
  milestones: board.milestones,
});

const idOf = (board: Board, title: string) =>
  Object.values(board.milestones).find((m) => m.title === title)!.id;

describe('comparing two moments of a board', () => {
  it('finds nothing between a board and itself', () => {
    fc.assert(
      fc.property(arbBoard, (board) => {
        expect(isEmptyDiff(diffBoards(board, structuredClone(board)))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps enough that applying the diff to the first gives the second', () => {
    fc.assert(
      fc.property(arbBoard, arbBoard, (then, now) => {
        deepFreeze(then);
        const diff = diffBoards(then, now);
        expect(compared(applyDiff(then, diff))).toEqual(compared(now));
        expect(isEmptyDiff(diffBoards(applyDiff(then, diff), now))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('reads moves by their direction in time, and confidence and status changes', () => {
    const start = makeBoard({
      0: ['Swap leads', 'Joint webinar'],
      1: ['Native integration'],
      2: ['Joint product'],
    });
    const then = updateMilestone(start, idOf(start, 'Swap leads'), { confidence: 60 });
    let now = moveMilestone(then, idOf(then, 'Native integration'), 'h2', 0, T1);
    now = moveMilestone(now, idOf(now, 'Joint product'), 'h0', 0, T1);
    now = updateMilestone(now, idOf(now, 'Swap leads'), { confidence: 30 }, T1);
    now = updateMilestone(now, idOf(now, 'Joint webinar'), { status: 'dropped' }, T1);
    const diff = diffBoards(then, now);
    const reading = readMilestones(diff, then, now);
    expect(reading.moved.map(({ title, direction }) => [title, direction])).toEqual([
      ['Joint webinar', 'parked'],
      ['Native integration', 'later'],
      ['Joint product', 'earlier'],
    ]);
    expect(reading.confidence).toEqual([
      {
        id: idOf(then, 'Swap leads'),
        title: 'Swap leads',
        before: 60,
        after: 30,
      },
    ]);
    // Parking is told as a move, not again as a change of status.
    expect(reading.status).toEqual([]);
    expect(diffSummary(diff, then, now)).toBe(
      '1 moved later, 1 moved earlier, 1 parked, confidence down on 1',
    );
  });

  it('tells new and removed milestones, a reworded vision and changed values', () => {
    const then = makeBoard({ 0: ['Swap leads'] });
    const removedId = idOf(then, 'Swap leads');
    const now: Board = {
      ...makeBoard({ 1: ['Joint product', 'Reseller deal'] }),
      vision: 'One platform for shared customers',
      values: [{ id: 'v1', side: 'ours', text: 'Customer first', alignment: 'shared' }],
    };
    const diff = diffBoards(then, now);
    const reading = readMilestones(diff, then, now);
    expect(reading.added.map((m) => m.title).sort()).toEqual(['Joint product', 'Reseller deal']);
    expect(reading.removed.map((m) => m.id)).toEqual([removedId]);
    expect(diffSummary(diff, then, now)).toBe(
      '2 new, 1 removed, the vision reworded, 1 value changed',
    );
    expect(diffSummary(diffBoards(then, then), then, then)).toBe('No changes');
  });

  it('notices horizons reordered, renamed, added and removed', () => {
    const then = makeBoard();
    const [a, b, ...rest] = then.horizons;
    const now: Board = {
      ...then,
      horizons: [
        b!,
        { ...a!, title: 'Right now' },
        ...rest.slice(1),
        { id: 'h9', title: 'Someday', timeframe: '' },
      ],
    };
    const diff = diffBoards(then, now);
    expect(diff.horizonOrder).toEqual({
      before: then.horizons.map((h) => h.id),
      after: now.horizons.map((h) => h.id),
    });
    expect(diff.horizons.map((c) => [c.id, Boolean(c.before), Boolean(c.after)])).toEqual([
      ['h0', true, true],
      [rest[0]!.id, true, false],
      ['h9', false, true],
    ]);
    expect(applyDiff(then, diff).horizons).toEqual(now.horizons);
  });
});
