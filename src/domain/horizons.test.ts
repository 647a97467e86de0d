import { describe, expect, it } from 'vitest';
import {
  addHorizon,
  DEFAULT_HORIZONS,
  horizonById,
  moveHorizon,
  removeHorizon,
  renameHorizon,
} from './horizons';
import { milestoneIdsIn } from './milestones';
import { LIMITS } from './schema';
import { T1, deepFreeze, makeBoard } from '../testing/factories';

const names = (board: ReturnType<typeof makeBoard>) => board.horizons.map((h) => h.title);

describe('horizons', () => {
  it('start as Now, Next, Later and Vision with their timeframes', () => {
    expect(makeBoard().horizons.map(({ title, timeframe }) => ({ title, timeframe }))).toEqual(
      DEFAULT_HORIZONS,
    );
  });

  it('are added at the end or at an index, up to a limit', () => {
    const board = deepFreeze(makeBoard());
    const added = addHorizon(
      board,
      { title: ' Beyond ', timeframe: ' 5+ years ' },
      { id: 'b', now: T1 },
    );
    expect(names(added)).toEqual(['Now', 'Next', 'Later', 'Vision', 'Beyond']);
    expect(horizonById(added, 'b')).toEqual({ id: 'b', title: 'Beyond', timeframe: '5+ years' });
    expect(added.updatedAt).toBe(T1);
    expect(names(addHorizon(board, { title: 'First' }, { index: 0 }))[0]).toBe('First');
    expect(() => addHorizon(board, { title: ' ' })).toThrow(/needs a name/);
    let full = board;
    while (full.horizons.length < LIMITS.horizons) full = addHorizon(full, { title: 'More' });
    expect(() => addHorizon(full, { title: 'One too many' })).toThrow(/at most/);
  });

  it('are renamed, and an unchanged name returns the same board', () => {
    const board = deepFreeze(makeBoard());
    const renamed = renameHorizon(board, 'h0', { title: 'Today', timeframe: 'this quarter' });
    expect(renamed.horizons[0]).toEqual({ id: 'h0', title: 'Today', timeframe: 'this quarter' });
    expect(renameHorizon(board, 'h0', { title: 'Now' })).toBe(board);
    expect(renameHorizon(board, 'nope', { title: 'X' })).toBe(board);
    expect(renameHorizon(board, 'h1', { timeframe: 'soon' }).horizons[1]!.title).toBe('Next');
    expect(() => renameHorizon(board, 'h0', { title: '' })).toThrow(/needs a name/);
  });

  it('are reordered, with indexes kept in range', () => {
    const board = deepFreeze(makeBoard());
    expect(names(moveHorizon(board, 'h0', 2))).toEqual(['Next', 'Later', 'Now', 'Vision']);
    expect(names(moveHorizon(board, 'h3', -5))).toEqual(['Vision', 'Now', 'Next', 'Later']);
    expect(moveHorizon(board, 'h1', 1)).toBe(board);
    expect(moveHorizon(board, 'nope', 0)).toBe(board);
  });
});

describe('removeHorizon', () => {
  it('removes an empty horizon', () => {
    const result = removeHorizon(deepFreeze(makeBoard()), 'h2');
    expect(result).toMatchObject({ ok: true, movedCount: 0 });
    if (result.ok) expect(names(result.board)).toEqual(['Now', 'Next', 'Vision']);
  });

  it('moves its milestones, in order, to the end of the horizon before it', () => {
    const board = deepFreeze(makeBoard({ 0: ['A'], 1: ['B', 'C'] }));
    const result = removeHorizon(board, 'h1', T1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.movedCount).toBe(2);
    expect(result.movedTo?.title).toBe('Now');
    expect(milestoneIdsIn(result.board, 'h0')).toEqual(['a', 'b', 'c']);
    expect(result.board.milestones.b!.updatedAt).toBe(T1);
    expect(Object.keys(result.board.milestones)).toHaveLength(3);
  });

  it('moves the first horizon’s milestones to the next one', () => {
    const result = removeHorizon(makeBoard({ 0: ['A'], 1: ['B'] }), 'h0');
    expect(result.ok && milestoneIdsIn(result.board, 'h1')).toEqual(['b', 'a']);
  });

  it('refuses to remove the last horizon, or one that is gone, and says why', () => {
    let board = makeBoard({ 0: ['A'] });
    for (const id of ['h1', 'h2', 'h3']) {
      const result = removeHorizon(board, id);
      if (result.ok) board = result.board;
    }
    expect(removeHorizon(board, 'h0')).toEqual({
      ok: false,
      reason: expect.stringMatching(/at least one horizon/),
    });
    expect(removeHorizon(board, 'gone')).toEqual({
      ok: false,
      reason: expect.stringMatching(/no longer/),
    });
  });
});
