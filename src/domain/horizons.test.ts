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
import { T1, applied, deepFreeze, makeBoard } from '../testing/factories';

const names = (board: ReturnType<typeof makeBoard>) => board.horizons.map((h) => h.title);

describe('horizons', () => {
  it('start as Now, Next, Later and Long term with their timeframes', () => {
    expect(
      makeBoard().horizons.map(({ title, timeframe, span }) => ({ title, timeframe, span })),
    ).toEqual(DEFAULT_HORIZONS);
  });

  it('are added at the end or at an index, up to a limit', () => {
    const board = deepFreeze(makeBoard());
    const added = applied(
      addHorizon(board, { title: ' Beyond ', timeframe: ' 5+ years ' }, { id: 'b', now: T1 }),
    );
    expect(names(added)).toEqual(['Now', 'Next', 'Later', 'Long term', 'Beyond']);
    expect(horizonById(added, 'b')).toEqual({
      id: 'b',
      title: 'Beyond',
      timeframe: '5+ years',
      span: { kind: 'relative', from: 60, to: null, orMore: false },
    });
    expect(added.updatedAt).toBe(T1);
    expect(names(applied(addHorizon(board, { title: 'First' }, { index: 0 })))[0]).toBe('First');
    expect(addHorizon(board, { title: ' ' })).toEqual({
      ok: false,
      code: 'horizon-needs-name',
      reason: 'Give the horizon a name, e.g. “Next”.',
    });
    let full = board;
    while (full.horizons.length < LIMITS.horizons)
      full = applied(addHorizon(full, { title: `More ${full.horizons.length}` }));
    expect(addHorizon(full, { title: 'One too many' })).toEqual({
      ok: false,
      code: 'too-many-horizons',
      reason: 'A board holds at most 20 horizons. Remove one before adding another.',
    });
  });

  it('refuse a name another horizon has, whatever its case', () => {
    const board = deepFreeze(makeBoard());
    expect(addHorizon(board, { title: ' later ' })).toEqual({
      ok: false,
      code: 'horizon-name-taken',
      reason: 'There is already a horizon called “Later”. Choose another name.',
    });
    expect(renameHorizon(board, 'h0', { title: 'NEXT' })).toMatchObject({
      ok: false,
      code: 'horizon-name-taken',
    });
    // Its own name, in another case, is no clash.
    expect(applied(renameHorizon(board, 'h0', { title: 'NOW' })).horizons[0]!.title).toBe('NOW');
  });

  it('keep a name two horizons already share while their timeframes are edited', () => {
    const board = {
      ...makeBoard(),
      horizons: makeBoard().horizons.map((h) => ({ ...h, title: 'Same' })),
    };
    const edited = applied(renameHorizon(board, 'h1', { title: 'Same', timeframe: 'soon' }));
    expect(edited.horizons[1]).toMatchObject({ title: 'Same', timeframe: 'soon' });
  });

  it('are renamed, and an unchanged name returns the same board', () => {
    const board = deepFreeze(makeBoard());
    const renamed = applied(
      renameHorizon(board, 'h0', { title: 'Today', timeframe: 'this quarter' }),
    );
    expect(renamed.horizons[0]).toEqual({ id: 'h0', title: 'Today', timeframe: 'this quarter' });
    expect(applied(renameHorizon(board, 'h0', { title: 'Now' }))).toBe(board);
    expect(applied(renameHorizon(board, 'nope', { title: 'X' }))).toBe(board);
    expect(applied(renameHorizon(board, 'h1', { timeframe: 'soon' })).horizons[1]!.title).toBe(
      'Next',
    );
    expect(renameHorizon(board, 'h0', { title: '' })).toMatchObject({
      ok: false,
      code: 'horizon-needs-name',
    });
  });

  it('are reordered, with indexes kept in range', () => {
    const board = deepFreeze(makeBoard());
    expect(names(moveHorizon(board, 'h0', 2))).toEqual(['Next', 'Later', 'Now', 'Long term']);
    expect(names(moveHorizon(board, 'h3', -5))).toEqual(['Long term', 'Now', 'Next', 'Later']);
    expect(moveHorizon(board, 'h1', 1)).toBe(board);
    expect(moveHorizon(board, 'nope', 0)).toBe(board);
  });
});

describe('removeHorizon', () => {
  it('removes an empty horizon', () => {
    const result = removeHorizon(deepFreeze(makeBoard()), 'h2');
    expect(result).toMatchObject({ ok: true, movedCount: 0 });
    if (result.ok) expect(names(result.board)).toEqual(['Now', 'Next', 'Long term']);
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
      code: 'last-horizon',
      reason: expect.stringMatching(/at least one horizon/),
    });
    expect(removeHorizon(board, 'gone')).toEqual({
      ok: false,
      code: 'horizon-gone',
      reason: expect.stringMatching(/no longer/),
    });
  });
});
