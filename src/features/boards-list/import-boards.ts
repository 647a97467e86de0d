import { MAX_IMPORT_BYTES, type ImportedBoard } from '../../domain/board-file';
import { mergeBoards, type MergeSummary } from '../../domain/merge';
import { useBoardsStore } from '../../store/boards-store';
import { parseFileInWorker } from '../exchange';

export interface ImportReport {
  /** Ids and titles of the boards added. */
  added: { id: string; title: string }[];
  /** What restore skipped or changed, per board, and boards it could not read. */
  notes: string[];
  /** What the person may like to know though nothing was lost: an upgrade, kept fields. */
  notices: string[];
  /** The technical side of the notes, for a folded "Technical details". */
  details: string[];
  /** Boards of the file that are already here: the person chooses to merge or add a copy. */
  alreadyHere: ImportedBoard[];
}

export type ImportOutcome =
  | { ok: true; report: ImportReport }
  /** `details`: what exactly was wrong, in technical words, when the reader says. */
  | { ok: false; error: string; details?: string };

/**
 * Reads a file a person chose or dropped and adds its new boards. Boards that are already
 * here are handed back for the person to decide; nothing is ever replaced, and nothing
 * changes at all unless the file can be read.
 */
export async function importFile(file: File): Promise<ImportOutcome> {
  if (file.size > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      error: `“${file.name}” is ${(file.size / 2 ** 20).toFixed(1)} MB; a board file is at most ${MAX_IMPORT_BYTES / 2 ** 20} MB.`,
    };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, error: `“${file.name}” could not be read.` };
  }
  // JSON.parse and restore of a large file would hold up the page: the worker does them.
  const result = await parseFileInWorker(text);
  if (!result.ok) {
    const { details } = result;
    return { ok: false, error: `“${file.name}”: ${result.error}`, ...(details ? { details } : {}) };
  }
  // The store decides what each board becomes here; this only reports it.
  const placed = useBoardsStore.getState().importFromFile(result.boards);
  // Named by board only when the file holds several.
  const named = (title: string, text: string) =>
    result.boards.length > 1 ? `${title}: ${text}` : text;
  const notes = [
    ...result.boards.flatMap(({ board, warnings }) => warnings.map((w) => named(board.title, w))),
    ...result.skipped,
  ];
  const notices = result.boards.flatMap(({ board, notices }) =>
    notices.map((n) => named(board.title, n)),
  );
  const details = result.boards.flatMap(({ details }) => details);
  const added = placed.flatMap((p) =>
    p.outcome === 'added' ? [{ id: p.id, title: p.title }] : [],
  );
  const alreadyHere = placed.flatMap((p) => (p.outcome === 'already-here' ? [p.imported] : []));
  return { ok: true, report: { added, notes, notices, details, alreadyHere } };
}

/** Adds a board that is already here as a separate copy, under a new id. */
export function addAsCopy(imported: ImportedBoard): { id: string; title: string } {
  return useBoardsStore.getState().importCopy(imported);
}

/** Merges a teammate's copy into the board here with the same id: one undoable step. */
export function mergeIntoBoard(imported: ImportedBoard): MergeSummary | undefined {
  return useBoardsStore
    .getState()
    .mergeBoard(imported.board.id, (ours) => mergeBoards(ours, imported.board));
}
