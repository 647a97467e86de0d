import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseImport } from './board-file';
import { speaksDeveloper } from '../testing/plain-words';

/**
 * The corpus in src/testing/bad-files: each file with what import must say of it. Every
 * file is read as the app reads one a person chose (as text), and nothing is ever thrown.
 */
const CORPUS = resolve(__dirname, '../testing/bad-files');
const read = (name: string) => readFileSync(resolve(CORPUS, name), 'latin1');

const refused: Record<string, RegExp> = {
  'empty.json': /^The file is empty\. Choose a board file/,
  'whitespace.json': /^The file is empty\./,
  'image.gif': /^This is not a board file: it is not even text/,
  'notes.txt': /^This is not a board file, or it was cut short or changed by hand/,
  'truncated.json': /^This is not a board file, or it was cut short/,
  'other-kind.json': /^This is not a Partner Horizons board\. Choose a file exported/,
  'array.json': /^This is not a Partner Horizons board\./,
  'newer-version.json':
    /made with a newer version of Partner Horizons \(format 7; this app reads up to 6\)\. Update the app/,
  'no-version.json': /^This looks like a Partner Horizons board, but it does not say which version/,
  'bad-board-id.json':
    /^This board is damaged: it has lost its id.*Ask whoever sent it for the file again/,
  'backup-nothing-readable.json': /^No board in this backup could be read, so nothing was imported/,
  'backup-no-version.json':
    /^This looks like a Partner Horizons backup, but it does not say which version/,
  'deeply-nested.json': /nested far deeper than any board|not a Partner Horizons board/,
};

describe('the corpus of bad files', () => {
  it('holds every file this test names, and no file it does not', () => {
    const accepted = [
      'unknown-fields.json',
      'huge-numbers.json',
      'version-1.json',
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

  it('says everything in words a partner manager reads, technical detail apart', () => {
    for (const name of readdirSync(CORPUS)) {
      const result = parseImport(read(name));
      const said = result.ok
        ? [...result.skipped, ...result.boards.flatMap((b) => [...b.warnings, ...b.notices])]
        : [result.error];
      for (const sentence of said)
        expect(speaksDeveloper(sentence), `${name}: ${sentence}`).toBe(false);
    }
  });

  it('keeps the fields other tools wrote, under extensions, and says so without calling it a loss', () => {
    const result = parseImport(read('unknown-fields.json'));
    if (!result.ok) throw new Error(result.error);
    const { board, warnings, notices } = result.boards[0]!;
    expect(warnings).toEqual([]);
    expect(board.extensions).toEqual({ 'x-crm-account': '001-ACME' });
    expect(board.partner.extensions).toEqual({ website: 'https://acme.example' });
    expect(board.horizons.map((h) => h.extensions)).toEqual([{ color: '#0a7' }, { color: '#07a' }]);
    expect(board.milestones.b!.extensions).toEqual({
      'x-crm-id': '0061x00000FgHiJ',
      'x-synced': { at: '2026-11-01T10:00:00.000Z', by: 'sync-bot' },
    });
    expect(notices).toEqual([
      'Kept fields this app does not use, so the tool that wrote them finds them again: “x-crm-account” on the board, “website” on the partner, “color” on 2 horizons, “x-crm-id” on 2 milestones, “x-synced” on 1 milestone. They are saved with the board under “extensions”.',
    ]);
  });

  it('reads numbers too large to be numbers, and lists of odd tags, in plain words', () => {
    const result = parseImport(read('huge-numbers.json'));
    if (!result.ok) throw new Error(result.error);
    const { board, warnings } = result.boards[0]!;
    expect(board.milestones.n).toMatchObject({ impact: 3, tags: ['ok'] });
    expect(board.milestones.n).not.toHaveProperty('confidence');
    expect(warnings).toEqual([
      'Cleared the confidence of milestone “Big numbers”: it could not be read.',
      'Set the impact of milestone “Big numbers” to 3: it could not be read.',
      'Tidied the tags of milestone “Big numbers”: dropped 3 that were empty or not text.',
    ]);
  });

  it('tells of an upgrade from an older version as news, not as something lost', () => {
    const result = parseImport(read('version-1.json'));
    if (!result.ok) throw new Error(result.error);
    const { warnings, notices } = result.boards[0]!;
    expect(warnings).toEqual([]);
    expect(notices).toEqual([
      'Brought up to date from an older version of the app (format 1); nothing was lost.',
    ]);
  });

  it('reports a value nested 200,000 levels deep that it had to clear', () => {
    const deep = `${'{"a":'.repeat(200_000)}1${'}'.repeat(200_000)}`;
    const text = `{"type":"partner-horizons/board","version":3,"board":{"id":"b","title":"Deep","horizons":[{"id":"h","title":"Now"}],"milestones":{"m":{"id":"m","horizonId":"h","title":"Deep notes","notes":${deep},"x-deep":${deep}}}}}`;
    const result = parseImport(text);
    if (!result.ok) throw new Error(result.error);
    const { board, warnings } = result.boards[0]!;
    expect(board.milestones.m!.notes).toBe('');
    expect(board.milestones.m).not.toHaveProperty('extensions');
    expect(warnings).toEqual([
      'Dropped the field “x-deep” of milestone “Deep notes”: it is nested more than 20 levels deep.',
      'Cleared the notes of milestone “Deep notes”: it was not text.',
    ]);
  });

  it('imports around prototype-pollution keys without polluting anything', () => {
    const result = parseImport(read('prototype-pollution.json'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (!result.ok) throw new Error(result.error);
    const { milestones } = result.boards[0]!.board;
    expect(Object.values(milestones).map((m) => m.title)).toEqual(['Proto', 'Fine']);
    expect(Object.keys(milestones)).not.toContain('__proto__');
    expect(result.boards[0]!.warnings).toEqual([
      'Dropped the field “__proto__” of the board: its name is reserved by browsers.',
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
