import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseImport } from '../domain/board-file';
import type { Board } from '../domain/schema';

/**
 * The documented full example (docs/examples/full.partner-board.json), read the way the app
 * reads a file: a board with values, a vote, notes and internal items, for tests of what
 * leaves the browser.
 */
export function fullExampleBoard(): Board {
  const path = resolve(__dirname, '../../docs/examples/full.partner-board.json');
  const parsed = parseImport(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.boards[0]!.board;
}
