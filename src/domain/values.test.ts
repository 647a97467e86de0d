import { describe, expect, it } from 'vitest';
import { addValue, alignmentSummary, needsSharedValue, removeValue, updateValue } from './values';
import { LIMITS } from './schema';
import { applied, deepFreeze, makeBoard, T1 } from '../testing/factories';

describe('values', () => {
  it('adds a value, trimmed and squeezed, not yet discussed', () => {
    const board = deepFreeze(makeBoard());
    const next = applied(addValue(board, 'ours', '  Customer   first ', { id: 'v1', now: T1 }));
    expect(next.values).toEqual([
      { id: 'v1', side: 'ours', text: 'Customer first', alignment: 'open' },
    ]);
    expect(next.updatedAt).toBe(T1);
    expect(addValue(board, 'ours', '   ')).toEqual({
      ok: false,
      code: 'value-needs-words',
      reason: 'Write the value in a few words, e.g. “Customer first”.',
    });
  });

  it('refuses more values than a board holds', () => {
    let board = makeBoard();
    for (let i = 0; i < LIMITS.values; i++)
      board = applied(addValue(board, 'theirs', `Value ${i}`));
    expect(addValue(board, 'ours', 'One more')).toEqual({
      ok: false,
      code: 'too-many-values',
      reason: 'A board holds at most 40 values. Remove one before adding another.',
    });
  });

  it('refuses a value one side already holds, whatever its case, but not the other side’s', () => {
    const board = deepFreeze(applied(addValue(makeBoard(), 'ours', 'Customer first')));
    expect(addValue(board, 'ours', ' customer  FIRST ')).toEqual({
      ok: false,
      code: 'value-already-listed',
      reason: '“Customer first” is already one of our values.',
    });
    expect(applied(addValue(board, 'theirs', 'Customer first')).values).toHaveLength(2);
  });

  it('marks, rewords and removes a value; a no-op returns the same board', () => {
    const board = deepFreeze(applied(addValue(makeBoard(), 'ours', 'Speed', { id: 'v1' })));
    const marked = updateValue(board, 'v1', { alignment: 'partly' }, T1);
    expect(marked.values[0]).toMatchObject({ alignment: 'partly', text: 'Speed' });
    expect(updateValue(marked, 'v1', { alignment: 'partly' })).toBe(marked);
    expect(updateValue(marked, 'v1', { text: '  ' })).toBe(marked);
    expect(updateValue(marked, 'v1', { text: 'Speed to market' }).values[0]!.text).toBe(
      'Speed to market',
    );
    expect(updateValue(marked, 'nope', { alignment: 'shared' })).toBe(marked);
    expect(removeValue(marked, 'v1').values).toEqual([]);
    expect(removeValue(marked, 'nope')).toBe(marked);
  });

  it('summarises shared and differing values, ours first among the differences', () => {
    let board = makeBoard();
    board = applied(addValue(board, 'theirs', 'Move fast', { id: 't1' }));
    board = applied(addValue(board, 'ours', 'Customer first', { id: 'o1' }));
    board = applied(addValue(board, 'ours', 'Open standards', { id: 'o2' }));
    board = applied(addValue(board, 'ours', 'Privacy', { id: 'o3' }));
    board = updateValue(board, 't1', { alignment: 'not-shared' });
    board = updateValue(board, 'o1', { alignment: 'shared' });
    board = updateValue(board, 'o2', { alignment: 'partly' });
    const summary = alignmentSummary(board.values);
    expect(summary).toMatchObject({ shared: 1, differing: 2, open: 1 });
    expect(summary.differences.map((v) => v.text)).toEqual(['Open standards', 'Move fast']);
  });

  it('hints from the second horizon on while no shared value is recorded', () => {
    const board = applied(addValue(makeBoard(), 'ours', 'Trust', { id: 'v1' }));
    expect(needsSharedValue(board.values, 0)).toBe(false);
    expect(needsSharedValue(board.values, 1)).toBe(true);
    expect(needsSharedValue(board.values, 3)).toBe(true);
    const shared = updateValue(board, 'v1', { alignment: 'shared' });
    expect(needsSharedValue(shared.values, 1)).toBe(false);
  });
});
