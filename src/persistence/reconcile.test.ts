import { describe, expect, it, vi } from 'vitest';
import { reconcileRecords } from './reconcile';
import { boardKey, toStoredBoard } from './record-format';
import { createBoard } from '../domain/boards';
import { mergeBoards } from '../domain/merge';
import type { Board } from '../domain/schema';

const base = createBoard({ title: 'Acme' }, { id: 'acme', now: '2026-01-01T00:00:00.000Z' });
const other = createBoard({ title: 'Other' }, { id: 'other', now: '2026-01-01T00:00:00.000Z' });
const edit = (board: Board, title: string, at: string): Board => ({
  ...board,
  title,
  updatedAt: at,
  edited: { ...board.edited, title: at },
});
const known = () => ({ saved: { acme: base, other }, revs: { acme: 1, other: 0 } });

describe('reconcileRecords', () => {
  it('takes their board where this tab changed nothing, and knows it is stored', () => {
    const theirs = edit(base, 'Acme, theirs', '2026-02-01T00:00:00.000Z');
    const result = reconcileRecords(
      [[boardKey('acme'), toStoredBoard(theirs, 2)]],
      { acme: base, other },
      known(),
      mergeBoards,
    );
    expect(result).toMatchObject({ newer: false, replaced: [theirs], removed: [] });
    expect(result.saved.acme).toEqual(theirs);
    expect(result.revs).toEqual({ acme: 2, other: 0 });
  });

  it('merges against what this tab last saw stored where both changed the board', () => {
    const theirs = edit(base, 'Acme, theirs', '2026-02-01T00:00:00.000Z');
    const mine = { ...base, vision: 'Ours', edited: { vision: '2026-03-01T00:00:00.000Z' } };
    const merge = vi.fn(mergeBoards);
    const result = reconcileRecords(
      [[boardKey('acme'), toStoredBoard(theirs, 2)]],
      { acme: mine, other },
      known(),
      merge,
    );
    expect(merge).toHaveBeenCalledWith(
      mine,
      expect.objectContaining({ id: 'acme' }),
      undefined,
      base,
    );
    expect(result.replaced[0]).toMatchObject({ title: 'Acme, theirs', vision: 'Ours' });
    // The baseline is their stored board, not the merge: the merge is still to be saved.
    expect(result.saved.acme).toEqual(theirs);
  });

  it('removes a board deleted there, unless it changed here', () => {
    const gone = reconcileRecords(
      [[boardKey('other'), undefined]],
      { acme: base, other },
      known(),
      mergeBoards,
    );
    expect(gone.removed).toEqual(['other']);
    expect(gone.saved).not.toHaveProperty('other');
    expect(gone.revs).toEqual({ acme: 1 });
    const changed = { ...other, title: 'Changed here' };
    const kept = reconcileRecords(
      [[boardKey('other'), undefined]],
      { acme: base, other: changed },
      known(),
      mergeBoards,
    );
    expect(kept.removed).toEqual([]);
    expect(kept.saved).not.toHaveProperty('other');
  });

  it('writes over a damaged record from elsewhere: takes its revision, not its contents', () => {
    const result = reconcileRecords(
      [[boardKey('acme'), { type: 'partner-horizons/board', version: 2, board: {}, rev: 5 }]],
      { acme: base, other },
      known(),
      mergeBoards,
    );
    expect(result).toMatchObject({ newer: false, replaced: [], removed: [] });
    expect(result.revs.acme).toBe(5);
    expect(result.saved.acme).toBe(base);
  });

  it('stops at a record only a newer version reads, taking in nothing', () => {
    const theirs = edit(other, 'Other, theirs', '2026-02-01T00:00:00.000Z');
    const result = reconcileRecords(
      [
        [boardKey('other'), toStoredBoard(theirs, 1)],
        [boardKey('acme'), { type: 'partner-horizons/board', version: 999, board: {}, rev: 9 }],
      ],
      { acme: base, other },
      known(),
      mergeBoards,
    );
    expect(result).toMatchObject({ newer: true, replaced: [], removed: [] });
    // What was read before it is stored all the same.
    expect(result.saved.other).toEqual(theirs);
    expect(result.revs).toEqual({ acme: 1, other: 1 });
  });

  it('never changes the baseline it is given', () => {
    const given = known();
    reconcileRecords([[boardKey('other'), undefined]], { acme: base, other }, given, mergeBoards);
    expect(given).toEqual(known());
  });
});
