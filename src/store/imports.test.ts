import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { withOrigin } from './board-list';
import { parseImport, stringifyFile, toBoardFile } from '../domain/board-file';
import { createBoardsStore } from './boards-store';
import { createBoard } from '../domain/boards';
import type { ImportedBoard } from '../domain/board-file';

const writer = { app: 'Partner Horizons test' };

let store: ReturnType<typeof createBoardsStore>;
const EXPORTED = '2026-05-01T00:00:00.000Z';
const fromFile = (id: string, title: string): ImportedBoard => ({
  board: createBoard({ title }, { id, now: '2026-04-01T00:00:00.000Z' }),
  warnings: [],
  notices: [],
  details: [],
  exportedAt: EXPORTED,
});

beforeEach(() => {
  store = createBoardsStore();
  store
    .getState()
    .hydrate(
      [createBoard({ title: 'Here' }, { id: 'here' })],
      [{ key: 'board:damaged', id: 'damaged', error: 'unreadable', raw: {} }],
    );
});

describe('what a board from a file becomes here', () => {
  it('adds a board that is not here under its own id, remembering when the file was made', () => {
    const placed = store.getState().importFromFile([fromFile('new', 'New')]);
    expect(placed).toEqual([{ outcome: 'added', id: 'new', title: 'New' }]);
    expect(store.getState().boards.new!.basedOn).toBe(EXPORTED);
    expect(store.getState().boardIds).toEqual(['here', 'new']);
  });

  it('hands back a board that is already here and changes nothing', () => {
    const before = store.getState().boards;
    const imported = fromFile('here', 'Their copy');
    expect(store.getState().importFromFile([imported])).toEqual([
      { outcome: 'already-here', imported },
    ]);
    expect(store.getState().boards).toBe(before);
  });

  it('adds a board with a damaged stored board’s id as a copy, never over the record', () => {
    const [placed] = store.getState().importFromFile([fromFile('damaged', 'Rescued')]);
    expect(placed).toMatchObject({ outcome: 'added', title: 'Rescued (imported)' });
    expect(placed).not.toMatchObject({ id: 'damaged' });
  });

  it('decides against the boards here before the file: a board twice in one file adds both', () => {
    const placed = store
      .getState()
      .importFromFile([fromFile('twice', 'Twice'), fromFile('twice', 'Twice')]);
    expect(placed.map((p) => p.outcome === 'added' && p.title)).toEqual([
      'Twice',
      'Twice (imported)',
    ]);
  });

  it('adds a board already here as a separate copy when the person chooses so', () => {
    const copy = store.getState().importCopy(fromFile('here', 'Here'));
    expect(copy.id).not.toBe('here');
    expect(copy.title).toBe('Here (imported)');
    expect(store.getState().boards[copy.id]!.basedOn).toBe(EXPORTED);
    expect(store.getState().boards.here!.title).toBe('Here');
  });
});

describe('a round trip through the app', () => {
  it('changes nothing in a round trip but when it was exported and where the copy began', () => {
    // What another tool wrote, with fields of its own: import, export, import, export.
    const file = JSON.parse(
      readFileSync(resolve(__dirname, '../testing/bad-files/unknown-fields.json'), 'utf8'),
    );
    const trip = (text: string, now: string) => {
      const result = parseImport(text);
      if (!result.ok) throw new Error(result.error);
      return stringifyFile(toBoardFile(withOrigin(result.boards[0]!), { app: writer.app, now }));
    };
    const first = trip(JSON.stringify(file), '2026-11-02T09:00:00.000Z');
    const second = trip(first, '2026-11-03T09:00:00.000Z');
    const [a, b] = [JSON.parse(first), JSON.parse(second)];
    expect(a.board.basedOn).toBe(file.exportedAt);
    expect(b.board.basedOn).toBe(a.exportedAt);
    expect(b.exportedAt).toBe('2026-11-03T09:00:00.000Z');
    // Everything else, to the byte: the other tool's fields included, under extensions.
    const without = (text: string) => text.replace(/"(exportedAt|basedOn)": "[^"]*"/g, '"$1": "…"');
    expect(without(second)).toBe(without(first));
    expect(a.board.milestones.a.extensions).toEqual({ 'x-crm-id': '0061x00000AbCdE' });
  });
});
