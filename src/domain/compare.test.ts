import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NOW, changeWords, compareMoments, momentOf } from './compare';
import { textDiff, sideOf } from './text-diff';
import { saveSnapshot } from './timeline';
import { appendEntry } from './decision-log';
import {
  addMilestone,
  deleteMilestone,
  moveMilestone,
  updateMilestone,
  placeName,
} from './milestones';
import { entryFor } from './decision-log';
import type { Board } from './schema';
import { makeBoard } from '../testing/factories';

const at = (day: number) => new Date(Date.UTC(2027, 0, day)).toISOString();

/** January: three cards and a snapshot; by March one moved later with a reason, one new, one gone. */
function boardByMarch(): Board {
  let board = makeBoard({ 0: ['Swap leads', 'Joint webinar'], 1: ['Native integration'] });
  board = updateMilestone(board, 'native-integration', { confidence: 60 }, at(1));
  board = saveSnapshot(board, { id: 'jan', name: 'January workshop', takenAt: at(10) }).board;
  const before = board.milestones['native-integration']!;
  board = moveMilestone(board, 'native-integration', 'h2', 0, at(40));
  board = updateMilestone(board, 'native-integration', { confidence: 30 }, at(40));
  const entry = entryFor(before, board.milestones['native-integration']!, {
    id: 'why-1',
    at: at(40),
    snapshotId: 'jan',
  })!;
  board = appendEntry(board, { ...entry, why: 'Their API slipped a quarter' });
  board = addMilestone(board, 'h1', { title: 'Co-selling pilot' }, { id: 'pilot', now: at(41) });
  board = deleteMilestone(board, 'joint-webinar', at(42));
  return { ...board, vision: 'Shared customers first, then one product.' };
}

describe('comparing two moments of a board', () => {
  it('tells what changed since a snapshot, with the reasons given in between', () => {
    const board = boardByMarch();
    const comparison = compareMoments(board, momentOf(board, 'jan')!, momentOf(board, NOW)!);
    expect(comparison.summary).toBe(
      '1 moved later, 1 new, 1 removed, confidence down on 1, the vision reworded',
    );
    expect(comparison.milestones.moved).toEqual([
      expect.objectContaining({ id: 'native-integration', from: 'h1', to: 'h2' }),
    ]);
    expect(comparison.reasonsFor.get('native-integration')?.map((e) => e.why)).toEqual([
      'Their API slipped a quarter',
    ]);
    const words = comparison.reasons[0]!.changes.map((c) =>
      changeWords(c, comparison.from.board, comparison.to.board),
    );
    expect(words).toEqual(['Next → Later', 'confidence 60 % → 30 %']);
  });

  it('puts the earlier moment first, whichever way it is asked', () => {
    const board = saveSnapshot(boardByMarch(), { id: 'mar', name: 'March', takenAt: at(50) }).board;
    const comparison = compareMoments(board, momentOf(board, NOW)!, momentOf(board, 'jan')!);
    expect([comparison.from.id, comparison.to.id]).toEqual(['jan', NOW]);
    const between = compareMoments(board, momentOf(board, 'mar')!, momentOf(board, 'jan')!);
    expect([between.from.name, between.to.name]).toEqual(['January workshop', 'March']);
    expect(between.summary).toBe(comparison.summary);
    expect(compareMoments(board, momentOf(board, 'mar')!, momentOf(board, NOW)!).summary).toBe(
      'No changes',
    );
  });

  it('has no moment for a snapshot the board no longer keeps', () => {
    expect(momentOf(boardByMarch(), 'gone')).toBeUndefined();
    expect(momentOf(boardByMarch(), NOW)!.board.timeline).toBeUndefined();
  });

  it('names places, even one removed since', () => {
    const board = boardByMarch();
    expect(placeName('h1', board)).toBe('Next');
    expect(placeName('side:parked', board)).toBe('Parked / not doing');
    expect(placeName('gone', board)).toBe('a horizon since removed');
    expect(changeWords({ kind: 'status', from: 'idea', to: 'committed' })).toBe('Idea → Committed');
    expect(changeWords({ kind: 'confidence', from: undefined, to: 40 })).toBe(
      'confidence not set → 40 %',
    );
  });
});

describe('word diffs', () => {
  it('mark what was taken out and what came in', () => {
    expect(textDiff('Shared customers first', 'Shared customers first, then one product')).toEqual([
      { kind: 'same', text: 'Shared customers first' },
      { kind: 'added', text: ', then one product' },
    ]);
    expect(textDiff('Swap leads', 'Swap qualified leads')).toEqual([
      { kind: 'same', text: 'Swap ' },
      { kind: 'added', text: 'qualified ' },
      { kind: 'same', text: 'leads' },
    ]);
    expect(textDiff('', '')).toEqual([]);
  });

  it('read back as either text, for any two texts', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const pieces = textDiff(before, after);
        expect(sideOf(pieces, 'before')).toBe(before);
        expect(sideOf(pieces, 'after')).toBe(after);
      }),
      { numRuns: 500 },
    );
  });
});
