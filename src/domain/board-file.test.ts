import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BACKUP_TYPE, parseImport, stringifyFile, toBackupFile, toBoardFile } from './board-file';
import { BOARD_SCHEMA_VERSION, boardFileSchema } from './schema';
import { arbBoard } from '../testing/arbitraries';
import { makeBoard, T1 } from '../testing/factories';

const writer = { app: 'Partner Horizons 0.1.0', now: T1 };

describe('the board file', () => {
  it('is the tagged, versioned document with who wrote it and when, indented', () => {
    const board = makeBoard({ 0: ['A'] });
    const text = stringifyFile(toBoardFile(board, writer));
    expect(Object.keys(JSON.parse(text))).toEqual([
      'type',
      'version',
      'app',
      'exportedAt',
      'board',
    ]);
    expect(text).toMatch(
      new RegExp(
        `^\\{\\n {2}"type": "partner-horizons/board",\\n {2}"version": ${BOARD_SCHEMA_VERSION},`,
      ),
    );
    expect(boardFileSchema.safeParse(JSON.parse(text)).success).toBe(true);
  });

  it('round-trips any board without loss', () => {
    fc.assert(
      fc.property(arbBoard, (board) => {
        const result = parseImport(stringifyFile(toBoardFile(board, writer)));
        expect(result).toEqual({
          ok: true,
          boards: [{ board, warnings: [], notices: [], details: [], exportedAt: T1 }],
          skipped: [],
        });
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips a backup of several boards', () => {
    const boards = [makeBoard({ 0: ['A'] }, { id: 'one' }), makeBoard({ 1: ['B'] }, { id: 'two' })];
    const backup = toBackupFile(boards, writer);
    expect(backup.type).toBe(BACKUP_TYPE);
    const result = parseImport(stringifyFile(backup));
    expect(result.ok && result.boards.map((b) => b.board)).toEqual(boards);
  });
});

describe('parseImport', () => {
  it.each([
    ['an empty file', '  \n', 'The file is empty.'],
    ['a binary file', 'PNG\u0000\u0001', /^This is not a board file: it is not even text/],
    ['text that is not JSON', 'hello, board', /^This is not a board file, or it was cut short/],
    ['JSON of another kind', '{"type":"excalidraw","elements":[]}', /not a Partner Horizons board/],
    [
      'a newer format',
      `{"type":"partner-horizons/board","version":${BOARD_SCHEMA_VERSION + 1},"board":{}}`,
      /made with a newer version of Partner Horizons/,
    ],
    ['a newer backup', `{"type":"${BACKUP_TYPE}","version":9,"boards":[]}`, /newer version/],
    [
      'a backup without boards',
      `{"type":"${BACKUP_TYPE}","version":1}`,
      'This backup holds no boards.',
    ],
    [
      'a backup of unreadable boards',
      `{"type":"${BACKUP_TYPE}","version":1,"boards":[1]}`,
      /No board in this backup could be read/,
    ],
    [
      'JSON nested too deep to parse',
      `${'['.repeat(200_000)}${']'.repeat(200_000)}`,
      /nested too deeply|not a Partner Horizons board/,
    ],
  ])('refuses %s with a specific message', (_name, text, message) => {
    const result = parseImport(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('imports the readable boards of a backup and names the others', () => {
    const good = toBoardFile(makeBoard({}, { id: 'good' }), writer);
    const result = parseImport(
      JSON.stringify({ type: BACKUP_TYPE, version: 1, boards: [good, { type: 'nope' }] }),
    );
    expect(result).toMatchObject({
      ok: true,
      skipped: [
        expect.stringMatching(
          /^Board #2 of the backup was left out: This is not a Partner Horizons board/,
        ),
      ],
    });
  });

  it('never throws, whatever JSON or text it is given, and never touches Object.prototype', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
          fc.string(),
        ),
        (text) => {
          const result = parseImport(text);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 2000 },
    );
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
