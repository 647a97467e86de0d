import { describe, expect, it } from 'vitest';
import { restoreBoard, restoreBoardDocument } from './restore';
import { BOARD_DOCUMENT_TYPE, BOARD_SCHEMA_VERSION } from './schema';
import { makeBoard } from '../testing/factories';

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** Code acts on the reason, never on the words, which may change; one test per reason. */
describe('why restore refuses', () => {
  const doc = (extra: Record<string, unknown>) => ({ type: BOARD_DOCUMENT_TYPE, ...extra });
  const reasonOf = (result: ReturnType<typeof restoreBoardDocument>) =>
    result.ok ? 'restored' : result.reason;

  it('not-a-board: not an object, or another type tag', () => {
    expect(reasonOf(restoreBoardDocument('hello'))).toBe('not-a-board');
    expect(reasonOf(restoreBoardDocument({ type: 'excalidraw', version: 2 }))).toBe('not-a-board');
  });

  it('no-version: a board document without a usable format version', () => {
    expect(reasonOf(restoreBoardDocument(doc({ board: {} })))).toBe('no-version');
    expect(reasonOf(restoreBoardDocument(doc({ version: 0, board: {} })))).toBe('no-version');
  });

  it('newer-version: a format this app does not know yet, whatever its words say', () => {
    const result = restoreBoardDocument(doc({ version: BOARD_SCHEMA_VERSION + 1, board: {} }));
    expect(reasonOf(result)).toBe('newer-version');
  });

  it('migration-failed: an older format with no way up, or a step that throws', () => {
    const old = doc({ version: 1, board: json(makeBoard()) });
    expect(reasonOf(restoreBoardDocument(old, [], 2))).toBe('migration-failed');
    const throwing = [
      {
        from: 1,
        name: 'broken',
        up: () => {
          throw new Error('boom');
        },
      },
    ];
    expect(reasonOf(restoreBoardDocument(old, throwing, 2))).toBe('migration-failed');
  });

  it('no-board: the envelope holds no board', () => {
    expect(reasonOf(restoreBoardDocument(doc({ version: BOARD_SCHEMA_VERSION, board: 'x' })))).toBe(
      'no-board',
    );
    expect(reasonOf(restoreBoard(null))).toBe('no-board');
  });

  it('unreadable: a board no repair can make valid', () => {
    const board = { ...json(makeBoard()), id: '../etc' };
    expect(reasonOf(restoreBoardDocument(doc({ version: BOARD_SCHEMA_VERSION, board })))).toBe(
      'unreadable',
    );
  });
});
