import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseImport } from './board-file';

/**
 * The corpus in src/testing/bad-files: each file with what import must say of it. Every
 * file is read as the app reads one a person chose (as text), and nothing is ever thrown.
 */
const CORPUS = resolve(__dirname, '../testing/bad-files');
const read = (name: string) => readFileSync(resolve(CORPUS, name), 'latin1');

const refused: Record<string, RegExp> = {
  'empty.json': /^The file is empty\.$/,
  'whitespace.json': /^The file is empty\.$/,
  'image.gif': /^This is not a text file, so it cannot be a board\.$/,
  'notes.txt': /^This file is not JSON, so it cannot be a board\./,
  'truncated.json': /^This file is not JSON/,
  'other-kind.json': /^This is not a Partner Horizons board \(its type is "excalidraw"\)\.$/,
  'array.json': /^This is not a Partner Horizons board: it is not an object\.$/,
  'newer-version.json':
    /made with a newer version of Partner Horizons \(format 4; this app reads up to 3\)/,
  'no-version.json': /^This board has no valid format version\.$/,
  'bad-board-id.json': /^The board could not be read: id must be 1–64 letters, digits/,
  'backup-nothing-readable.json': /^No board in this backup could be read\./,
  'deeply-nested.json': /nested too deeply|not a Partner Horizons board/,
};

describe('the corpus of bad files', () => {
  it('holds every file this test names, and no file it does not', () => {
    const accepted = [
      'prototype-pollution.json',
      'html-and-scripts.json',
      'partly-invalid.json',
      'missing-optional-fields.json',
      'fixable-fields.json',
    ];
    expect(readdirSync(CORPUS).sort()).toEqual([...Object.keys(refused), ...accepted].sort());
  });

  it.each(Object.entries(refused))('refuses %s with its message', (name, message) => {
    const result = parseImport(read(name));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('imports around prototype-pollution keys without polluting anything', () => {
    const result = parseImport(read('prototype-pollution.json'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (!result.ok) throw new Error(result.error);
    const { milestones } = result.boards[0]!.board;
    expect(Object.values(milestones).map((m) => m.title)).toEqual(['Proto', 'Fine']);
    expect(Object.keys(milestones)).not.toContain('__proto__');
    expect(result.boards[0]!.warnings).toEqual([
      'Gave milestone “Proto” a new id: “__proto__” is not an id this app can use.',
    ]);
  });

  it('keeps HTML and script-like text as plain text', () => {
    const result = parseImport(read('html-and-scripts.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { board } = result.boards[0]!;
    expect(board.title).toBe('<script>alert(1)</script>');
    expect(board.milestones.m!.title).toBe('javascript:alert(document.cookie)');
  });

  it('imports all of a partly invalid file, repaired, and names what it changed', () => {
    const result = parseImport(read('partly-invalid.json'));
    if (!result.ok) throw new Error(result.error);
    const { board } = result.boards[0]!;
    expect(board.horizons.map((h) => h.title)).toEqual(['Now', 'Again']);
    expect(Object.values(board.milestones).map((m) => m.title)).toEqual([
      'Kept',
      'Duplicate',
      'Sure',
      'Orphan',
    ]);
    expect(result.boards[0]!.warnings).toEqual([
      'Gave horizon “Again” a new id: another horizon had the same one.',
      'Gave milestone “Duplicate” a new id: another milestone had the same one.',
      'Set the confidence of milestone “Sure” to 100: it was 101, outside 0–100.',
      'Moved milestone “Orphan” to Now: its horizon was missing.',
    ]);
  });

  it('keeps what can be kept of fixable fields: cut text, a date in the notes', () => {
    const result = parseImport(read('fixable-fields.json'));
    if (!result.ok) throw new Error(result.error);
    const { board, warnings } = result.boards[0]!;
    expect(board.horizons).toEqual([
      { id: 'h0', title: 'N'.repeat(60), timeframe: '0'.repeat(60) },
      { id: 'h1', title: 'L'.repeat(60), timeframe: '1'.repeat(60) },
    ]);
    expect(board.milestones).toMatchObject({
      date: { horizonId: 'h0', notes: 'Target date as written: 31/03/2027' },
      notes: { horizonId: 'h1', notes: 'x'.repeat(5000) },
    });
    expect(board.milestones).not.toHaveProperty('empty');
    expect(warnings).toEqual([
      `Cut the title of horizon “${'N'.repeat(60)}” to 60 characters.`,
      `Cut the timeframe of horizon “${'N'.repeat(60)}” to 60 characters.`,
      `Cut the title of horizon “${'L'.repeat(60)}” to 60 characters.`,
      `Cut the timeframe of horizon “${'L'.repeat(60)}” to 60 characters.`,
      'Kept the target date of milestone “Native integration” (31/03/2027) in its notes: it is not a date this app reads.',
      'Cut the notes of milestone “Long notes” to 5,000 characters.',
      'Skipped milestone #3: it has no title and no other text.',
    ]);
  });

  it('fills in missing optional fields', () => {
    const result = parseImport(read('missing-optional-fields.json'));
    expect(result.ok && result.boards[0]!.board).toMatchObject({
      title: 'Untitled board',
      milestones: {
        m: { title: 'Only a title', impact: 3, status: 'idea' },
      },
    });
    // Nobody said what type it is or how likely: the app does not say it for them.
    const m = result.ok ? result.boards[0]!.board.milestones.m : undefined;
    expect(m).not.toHaveProperty('type');
    expect(m).not.toHaveProperty('confidence');
  });
});
