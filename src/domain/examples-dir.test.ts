import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { parseImport, toBackupFile, toBoardFile } from './board-file';
import { emptyBoard } from './empty-board';

/**
 * docs/examples, checked the way another tool would check them — against the published
 * JSON Schemas, with Ajv — and the way the app reads them: each must import whole, with
 * nothing repaired. The schemas must also refuse what the app would have to change.
 */

const docs = (path: string) => resolve(__dirname, '../../docs', path);
const read = (path: string) => readFileSync(docs(path), 'utf8');
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const clone = <T>(value: T): T => structuredClone(value);

// No ajv-formats here: "date" and "date-time" are also patterns in the schemas, which Ajv
// checks; parseImport below checks the formats the app's own way.
const ajv = new Ajv2020({
  strict: true,
  allErrors: true,
  formats: { date: true, 'date-time': true },
});
const boardValid = ajv.compile(JSON.parse(read('board.schema.json')));
const backupValid = ajv.compile(JSON.parse(read('backup.schema.json')));

const EXAMPLES = [
  ['minimal.partner-board.json', boardValid],
  ['full.partner-board.json', boardValid],
  ['backup.partner-backup.json', backupValid],
] as const;

const full = (): Json => JSON.parse(read('examples/full.partner-board.json'));

describe.each(EXAMPLES)('docs/examples/%s', (name, valid) => {
  const text = read(`examples/${name}`);

  it('passes its JSON Schema', () => {
    expect(valid(JSON.parse(text)), ajv.errorsText(valid.errors)).toBe(true);
  });

  it('is read by the app whole, with nothing repaired or skipped', () => {
    const result = parseImport(text);
    expect(result).toMatchObject({ ok: true, skipped: [] });
    if (!result.ok) return;
    for (const board of result.boards) expect(board.warnings).toEqual([]);
  });

  it('is laid out as the app writes files: JSON with two spaces', () => {
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });
});

describe('the examples as the app reads them', () => {
  it('gives back the minimal board exactly', () => {
    const result = parseImport(read('examples/minimal.partner-board.json'));
    const file = JSON.parse(read('examples/minimal.partner-board.json'));
    expect(result.ok && result.boards[0]!.board).toEqual(file.board);
  });

  it('keeps the full board whole, other tools’ data included', () => {
    const result = parseImport(read('examples/full.partner-board.json'));
    if (!result.ok) throw new Error(result.error);
    const [{ board, exportedAt }] = result.boards as [(typeof result.boards)[number]];
    const file = full();
    expect(exportedAt).toBe(file.exportedAt);
    expect(board).toEqual(file.board);
    expect(board.partner.extensions).toBeDefined();
  });

  it('reads the backup’s two boards', () => {
    const result = parseImport(read('examples/backup.partner-backup.json'));
    expect(result.ok && result.boards.map(({ board }) => board.title)).toEqual([
      'Acme Analytics',
      'Globex reseller plan',
    ]);
  });
});

describe('the published schemas', () => {
  const now = '2026-11-23T10:00:00.000Z';

  it('accept what the app writes', () => {
    const board = emptyBoard({ now });
    expect(boardValid(toBoardFile(board, { app: 'Partner Horizons 0.1.0', now }))).toBe(true);
    const fromFull = parseImport(read('examples/full.partner-board.json'));
    const boards = fromFull.ok ? [board, fromFull.boards[0]!.board] : [];
    const backup = toBackupFile(boards, { app: 'Partner Horizons 0.1.0', now });
    expect(backupValid(backup), ajv.errorsText(backupValid.errors)).toBe(true);
  });

  it('accept milestones given as a list, as the app does', () => {
    const file = full();
    file.board.milestones = Object.values(file.board.milestones);
    expect(boardValid(file), ajv.errorsText(boardValid.errors)).toBe(true);
    const result = parseImport(JSON.stringify(file));
    expect(result.ok && result.boards[0]!.board.milestones).toEqual(full().board.milestones);
    expect(result.ok && result.boards[0]!.warnings).toEqual([]);
  });

  it.each([
    ['a reserved id', (f: Json) => (f.board.horizons[0].id = 'constructor')],
    [
      'a reserved id in a list of milestones',
      (f: Json) => {
        f.board.milestones = Object.values(f.board.milestones);
        f.board.milestones[0].id = 'toString';
      },
    ],
    ['a reserved tombstone id', (f: Json) => (f.board.deleted.valueOf = now)],
    ['an id with other characters', (f: Json) => (f.board.values[0].id = 'a b')],
    [
      'an unknown field on a milestone',
      (f: Json) => (f.board.milestones.ehqIsoeVsPrm['x-crm-id'] = 7),
    ],
    ['an unknown field on the board', (f: Json) => (f.board.color = 'teal')],
    ['format version 7', (f: Json) => (f.version = 7)],
    ['format version 5', (f: Json) => (f.version = 5)],
    ['a link of a kind the app does not know', (f: Json) => (f.board.links[0].kind = 'blocks')],
    ['a link label over 60 characters', (f: Json) => (f.board.links[0].label = 'x'.repeat(61))],
    ['a title of spaces only', (f: Json) => (f.board.horizons[1].title = '   ')],
    ['a partnership kind twice', (f: Json) => f.board.partner.kinds.push('referral')],
    [
      'a 21st horizon',
      (f: Json) => {
        f.board.horizons = Array.from({ length: 21 }, (_, i) => ({
          id: `h${i}`,
          title: 'H',
          timeframe: '',
        }));
      },
    ],
    ['21 dots a round', (f: Json) => (f.board.rounds[0].dots = 21)],
    ['an app name over 100 characters', (f: Json) => (f.app = 'x'.repeat(101))],
  ])('refuse %s', (_, spoil) => {
    const file = full();
    spoil(file);
    expect(boardValid(file)).toBe(false);
  });

  // Built from text: in JavaScript, `{ __proto__: … }` would set a prototype, not a key.
  it.each([
    ['a milestone keyed "__proto__"', '"ehqIsoeVsPrm": {', '"__proto__": {'],
    ['an extension key "__proto__"', '"crmsync": {', '"crmsync": { "__proto__": 1,'],
    [
      'a nested extension key "constructor"',
      '"stage": "Qualification"',
      '"stage": { "constructor": [] }',
    ],
  ])('refuse %s', (_, find, replace) => {
    const text = read('examples/full.partner-board.json');
    expect(text).toContain(find);
    expect(boardValid(JSON.parse(text.replace(find, replace)))).toBe(false);
  });

  it('refuse a backup of no boards, of another version, or holding board files', () => {
    const backup: Json = JSON.parse(read('examples/backup.partner-backup.json'));
    expect(backupValid({ ...backup, boards: [] })).toBe(false);
    expect(backupValid({ ...backup, version: 2 })).toBe(false);
    expect(backupValid({ ...backup, boards: [{ ...backup.boards[0], app: 'x' }] })).toBe(false);
    expect(backupValid(clone(backup))).toBe(true);
  });
});
