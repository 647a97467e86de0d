import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EMPTY_HISTORY,
  boardAt,
  deleteSnapshot,
  mergeHistories,
  renameSnapshot,
  takeSnapshot,
  type SnapshotHistory,
} from './snapshots';
import { diffBoards, isEmptyDiff } from './board-diff';
import { arbBoard } from '../testing/arbitraries';
import { deepFreeze, makeBoard } from '../testing/factories';
import { addMilestone, moveMilestone, updateMilestone } from './milestones';
import type { Board } from './schema';

const at = (day: number) => new Date(Date.UTC(2026, 0, day)).toISOString();
const snap = (history: SnapshotHistory, board: Board, n: number) =>
  takeSnapshot(history, board, { id: `s${n}`, name: `Snapshot ${n}`, takenAt: at(n) });

/** A board of `size` milestones across three horizons. */
function boardOf(size: number): Board {
  let board = makeBoard();
  for (let i = 0; i < size; i++)
    board = addMilestone(
      board,
      `h${i % 3}`,
      { title: `Milestone ${i}`, confidence: 50 },
      {
        id: `m${i}`,
        now: at(1),
      },
    );
  return board;
}

describe('snapshots', () => {
  it('give back the board as it was: restoring then comparing finds no change', () => {
    fc.assert(
      fc.property(arbBoard, arbBoard, (first, second) => {
        deepFreeze(first);
        const history = snap(snap(EMPTY_HISTORY, first, 1), second, 2);
        const [then, now] = [boardAt(history, 's1')!, boardAt(history, 's2')!];
        expect(isEmptyDiff(diffBoards(then, first))).toBe(true);
        expect(isEmptyDiff(diffBoards(now, second))).toBe(true);
        expect(then.vision).toBe(first.vision);
        expect(then.rounds).toEqual(first.rounds);
      }),
      { numRuns: 60 },
    );
  });

  it('keep a milestone nobody changed once, however many snapshots hold it', () => {
    const board = boardOf(20);
    let history = EMPTY_HISTORY;
    for (let n = 1; n <= 5; n++) history = snap(history, board, n);
    expect(Object.keys(history.records)).toHaveLength(20);
    const moved = moveMilestone(board, 'm0', 'h2', 0, at(9));
    history = snap(history, moved, 6);
    expect(Object.keys(history.records)).toHaveLength(21);
    expect(boardAt(history, 's6')!.milestones.m0!.horizonId).toBe('h2');
    expect(boardAt(history, 's5')!.milestones.m0!.horizonId).toBe('h0');
  });

  it('store fifty snapshots of five hundred milestones in far less than fifty boards', () => {
    let board = boardOf(500);
    let history = EMPTY_HISTORY;
    for (let n = 1; n <= 50; n++) {
      // Between two workshops a team moves or edits a handful of cards.
      for (let k = 0; k < 5; k++)
        board = updateMilestone(
          board,
          `m${(n * 7 + k * 31) % 500}`,
          { confidence: (n + k) % 100 },
          at(n),
        );
      history = snap(history, board, n);
    }
    const boardBytes = JSON.stringify(board).length;
    const historyBytes = JSON.stringify(history).length;
    // Each snapshot costs its references and the few versions that changed: well under
    // a tenth of a board.
    expect(historyBytes).toBeLessThan(50 * boardBytes * 0.15);
    expect(isEmptyDiff(diffBoards(boardAt(history, 's50')!, board))).toBe(true);
  });

  it('lose only what one snapshot held when it is deleted, and can be renamed', () => {
    const board = boardOf(3);
    const edited = updateMilestone(board, 'm1', { title: 'Renamed' }, at(3));
    let history = snap(snap(EMPTY_HISTORY, board, 1), edited, 2);
    expect(Object.keys(history.records)).toHaveLength(4);
    history = deleteSnapshot(history, 's1');
    expect(history.snapshots.map((s) => s.id)).toEqual(['s2']);
    expect(Object.keys(history.records)).toHaveLength(3);
    expect(boardAt(history, 's2')!.milestones.m1!.title).toBe('Renamed');
    expect(deleteSnapshot(history, 'nope')).toBe(history);
    const renamed = renameSnapshot(history, 's2', 'Q1 review');
    expect(renamed.snapshots[0]!.name).toBe('Q1 review');
    expect(renameSnapshot(renamed, 's2', 'Q1 review')).toBe(renamed);
  });

  it('merge two copies’ snapshots, each milestone version once, even where keys clash', () => {
    const board = boardOf(4);
    const shared = snap(EMPTY_HISTORY, board, 1);
    // Each copy edits m2 its own way and snapshots: both call the new version m2~2.
    const ours = snap(shared, updateMilestone(board, 'm2', { title: 'Ours' }, at(2)), 2);
    const theirs = snap(shared, updateMilestone(board, 'm2', { title: 'Theirs' }, at(3)), 3);
    const merged = mergeHistories(ours, theirs);
    expect(merged.snapshots.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
    expect(boardAt(merged, 's2')!.milestones.m2!.title).toBe('Ours');
    expect(boardAt(merged, 's3')!.milestones.m2!.title).toBe('Theirs');
    expect(Object.keys(merged.records)).toHaveLength(6);
    // Merging again, or the other way round, holds the same moments.
    expect(mergeHistories(merged, theirs)).toEqual(merged);
    const other = mergeHistories(theirs, ours);
    for (const id of ['s1', 's2', 's3'])
      expect(isEmptyDiff(diffBoards(boardAt(other, id)!, boardAt(merged, id)!))).toBe(true);
    // A snapshot deleted on one side stays deleted.
    expect(mergeHistories(ours, theirs, new Set(['s2'])).snapshots.map((s) => s.id)).toEqual([
      's1',
      's3',
    ]);
  });

  it('merge any two histories of one board without losing a moment', () => {
    const arbSteps = fc.array(fc.tuple(arbBoard, fc.boolean()), { maxLength: 4 });
    fc.assert(
      fc.property(arbSteps, (steps) => {
        let ours = EMPTY_HISTORY;
        let theirs = EMPTY_HISTORY;
        const taken = new Map<string, Board>();
        steps.forEach(([board, mine], i) => {
          const next = snap(mine ? ours : theirs, board, i + 1);
          if (mine) ours = next;
          else theirs = next;
          taken.set(`s${i + 1}`, board);
        });
        const merged = mergeHistories(ours, theirs);
        expect(merged.snapshots).toHaveLength(steps.length);
        for (const [id, board] of taken)
          expect(isEmptyDiff(diffBoards(boardAt(merged, id)!, board))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
