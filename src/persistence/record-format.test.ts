import { describe, expect, it } from 'vitest';
import {
  boardIdOf,
  boardKey,
  indexOrder,
  indexRevisions,
  isBoardKey,
  isJournalKey,
  isQuarantineKey,
  journalKey,
  parseQuarantine,
  quarantineKey,
  revisionOf,
  toIndexRecord,
  toQuarantineRecord,
  toStoredBoard,
  withIndexRevisions,
} from './record-format';
import { createBoard } from '../domain/boards';
import { restoreBoardDocument } from '../domain/restore';

/** The names and shapes the app keeps in the browser: what other versions must still read. */
describe('the record format', () => {
  it('names a board record by its id, and reads the id back', () => {
    expect(boardKey('b1')).toBe('board:b1');
    expect(isBoardKey('board:b1')).toBe(true);
    expect(isBoardKey('index')).toBe(false);
    expect(boardIdOf(boardKey('b:1'))).toBe('b:1');
  });

  it('stores a board as its document with a revision, which restore reads', () => {
    const board = createBoard({ title: 'Acme' });
    const record = toStoredBoard(board, 4);
    expect(revisionOf(record)).toBe(4);
    expect(restoreBoardDocument(record)).toMatchObject({ ok: true, board });
    expect(revisionOf({ type: 'partner-horizons/board' })).toBe(0);
    expect(revisionOf({ rev: -1 })).toBe(0);
    expect(revisionOf(undefined)).toBeUndefined();
  });

  it('writes the order and titles in the index, and reads the order back', () => {
    const a = createBoard({ title: 'A' });
    const record = toIndexRecord([a.id, 'gone'], { [a.id]: a });
    expect(record).toEqual({
      type: 'partner-horizons/index',
      version: 1,
      boards: [
        { id: a.id, title: 'A' },
        { id: 'gone', title: '' },
      ],
    });
    expect(indexOrder(record)).toEqual([a.id, 'gone']);
    expect(indexOrder(undefined)).toBeNull();
    expect(indexOrder({ boards: 'no' })).toBeNull();
  });

  it('keeps a quarantine copy under the board and the time, and reads it back', () => {
    const key = quarantineKey('b1', '2026-01-01T00:00:00.000Z');
    expect(key).toBe('quarantine:b1:2026-01-01T00:00:00.000Z');
    expect(isQuarantineKey(key)).toBe(true);
    const record = toQuarantineRecord({
      boardId: 'b1',
      title: 'T',
      repairedAt: '2026-01-01T00:00:00.000Z',
      repairs: ['Fixed a date.'],
      original: { x: 1 },
    });
    expect(parseQuarantine(JSON.parse(JSON.stringify(record)))).toEqual(record);
    expect(parseQuarantine({ ...record, seenAt: 'now', repairs: [1, 'kept'] })).toMatchObject({
      seenAt: 'now',
      repairs: ['kept'],
    });
    expect(parseQuarantine({ type: 'other', boardId: 'b1' })).toBeNull();
    expect(parseQuarantine(null)).toBeNull();
  });

  it('names a journal entry per tab, and knows the single entry of older versions', () => {
    expect(journalKey('t1')).toBe('partner-horizons:unsaved:t1');
    expect(isJournalKey(journalKey('t1'))).toBe(true);
    expect(isJournalKey('partner-horizons:unsaved')).toBe(true);
    expect(isJournalKey('partner-horizons:unsavedness')).toBe(false);
    expect(isJournalKey(null)).toBe(false);
  });

  it('keeps in the index the revision of each board record a write stores', () => {
    const index = toIndexRecord(['a', 'b'], {});
    const known = new Map([
      ['a', 3],
      ['gone', 1],
    ]);
    const next = withIndexRevisions(
      index,
      known,
      [
        [boardKey('b'), toStoredBoard(createBoard({ title: 'B' }), 0)],
        ['quarantine:a:t', { rev: 9 }],
      ],
      [boardKey('gone')],
    );
    expect(next).toEqual({ ...index, revs: { a: 3, b: 0 } });
    expect(indexRevisions(next)).toEqual(
      new Map([
        ['a', 3],
        ['b', 0],
      ]),
    );
  });

  it('reads no revisions from an index without them, and only whole revisions from one', () => {
    expect(indexRevisions(toIndexRecord(['a'], {}))).toBeNull();
    expect(indexRevisions(undefined)).toBeNull();
    expect(indexRevisions({ revs: [1] })).toBeNull();
    expect(indexRevisions({ revs: { a: 1, b: -1, c: 1.5, d: '2', __proto__: 4 } })).toEqual(
      new Map([['a', 1]]),
    );
  });
});
