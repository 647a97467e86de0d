import { describe, expect, it } from 'vitest';
import { planWrite, sameIds, unsavedChanges, type Baseline } from './write-plan';
import {
  INDEX_KEY,
  boardKey,
  timelineKey,
  toQuarantineRecord,
  toStoredBoard,
  toTimelineRecord,
} from './record-format';
import { saveSnapshot } from '../domain/timeline';
import { createBoard } from '../domain/boards';
import type { Board } from '../domain/schema';

const a = createBoard({ title: 'A' }, { id: 'a' });
const b = createBoard({ title: 'B' }, { id: 'b' });
const byId = (...boards: Board[]) => Object.fromEntries(boards.map((x) => [x.id, x]));
const stored = (): Baseline => ({ saved: byId(a, b), savedIds: ['a', 'b'], revs: { a: 3, b: 0 } });

describe('planWrite', () => {
  it('writes nothing when this tab holds what is stored', () => {
    const base = stored();
    expect(planWrite({ boards: base.saved, boardIds: [...base.savedIds] }, base, [])).toBeNull();
    // Other objects, the same boards: another tab's boards taken in, nothing of ours.
    expect(planWrite({ boards: byId(a, b), boardIds: ['a', 'b'] }, base, [])).toBeNull();
  });

  it('writes a changed board at its next revision, guarded by the one it last saw', () => {
    const renamed = { ...a, title: 'A, renamed' };
    const batch = planWrite({ boards: byId(renamed, b), boardIds: ['a', 'b'] }, stored(), [])!;
    expect(batch.puts).toEqual([
      [boardKey('a'), toStoredBoard(renamed, 4)],
      [INDEX_KEY, expect.objectContaining({ boards: [expect.anything(), expect.anything()] })],
    ]);
    expect(batch.guard).toEqual({ [boardKey('a')]: 3 });
    expect(batch.written).toEqual({ a: 4 });
    expect(batch.writtenBoards).toEqual({ a: renamed });
    expect(batch.deletes).toEqual([]);
  });

  it('writes a new board at revision 0, guarded against one appearing meanwhile', () => {
    const c = createBoard({ title: 'C' }, { id: 'c' });
    const batch = planWrite({ boards: byId(a, b, c), boardIds: ['a', 'b', 'c'] }, stored(), [])!;
    expect(batch.written).toEqual({ c: 0 });
    expect(batch.guard).toEqual({ [boardKey('c')]: undefined });
    expect(Object.keys(batch.guard)).toEqual([boardKey('c')]);
  });

  it('deletes a deleted board with the index, guarded too', () => {
    const batch = planWrite({ boards: byId(a), boardIds: ['a'] }, stored(), [])!;
    expect(batch.deletes).toEqual([boardKey('b'), timelineKey('b')]);
    expect(batch.deletedIds).toEqual(['b']);
    expect(batch.guard).toEqual({ [boardKey('b')]: 0 });
    expect(batch.puts.map(([key]) => key)).toEqual([INDEX_KEY]);
  });

  it('writes a board’s timeline apart, and only when it changed', () => {
    const snapped = saveSnapshot(a, { id: 's1', name: 'Kickoff', takenAt: a.createdAt }).board;
    const first = planWrite({ boards: byId(snapped, b), boardIds: ['a', 'b'] }, stored(), [])!;
    expect(first.puts.map(([key]) => key)).toEqual([boardKey('a'), timelineKey('a'), INDEX_KEY]);
    expect(first.puts[0]![1]).not.toHaveProperty('board.timeline');
    expect(first.puts[1]![1]).toEqual(toTimelineRecord(snapped.timeline!));
    // An edit that leaves the timeline as it was writes the board alone.
    const renamed = { ...snapped, title: 'A, renamed' };
    const base: Baseline = { saved: byId(snapped, b), savedIds: ['a', 'b'], revs: { a: 4, b: 0 } };
    const second = planWrite({ boards: byId(renamed, b), boardIds: ['a', 'b'] }, base, [])!;
    expect(second.puts.map(([key]) => key)).toEqual([boardKey('a'), INDEX_KEY]);
  });

  it('writes the index alone when only the order changed', () => {
    const batch = planWrite({ boards: byId(a, b), boardIds: ['b', 'a'] }, stored(), [])!;
    expect(batch.puts).toEqual([
      [
        INDEX_KEY,
        expect.objectContaining({
          boards: [
            { id: 'b', title: 'B' },
            { id: 'a', title: 'A' },
          ],
        }),
      ],
    ]);
    expect(batch.guard).toEqual({});
  });

  it('writes kept originals first, even when no board changed', () => {
    const kept: [string, ReturnType<typeof toQuarantineRecord>] = [
      'quarantine:a:t',
      toQuarantineRecord({ boardId: 'a', title: 'A', repairedAt: 't', repairs: [], original: {} }),
    ];
    const base = stored();
    const batch = planWrite({ boards: base.saved, boardIds: [...base.savedIds] }, base, [kept])!;
    expect(batch.puts.map(([key]) => key)).toEqual(['quarantine:a:t', INDEX_KEY]);
  });

  it('never changes what it is given', () => {
    const base = stored();
    const frozen = JSON.stringify(base);
    planWrite({ boards: byId({ ...a, title: 'x' }), boardIds: ['a'] }, base, []);
    expect(JSON.stringify(base)).toBe(frozen);
  });
});

describe('unsavedChanges', () => {
  it('is null when everything is stored', () => {
    const base = stored();
    expect(
      unsavedChanges({ boards: base.saved, boardIds: base.savedIds as string[] }, base),
    ).toBeNull();
  });

  it('lists changed boards, deletions and the whole order', () => {
    const renamed = { ...b, title: 'B2' };
    const c = createBoard({ title: 'C' }, { id: 'c' });
    expect(unsavedChanges({ boards: byId(renamed, c), boardIds: ['c', 'b'] }, stored())).toEqual({
      boards: [renamed, c],
      deleted: ['a'],
      order: ['c', 'b'],
    });
  });
});

describe('sameIds', () => {
  it('compares orders, not arrays', () => {
    expect(sameIds(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameIds(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameIds(['a'], ['a', 'b'])).toBe(false);
  });
});
