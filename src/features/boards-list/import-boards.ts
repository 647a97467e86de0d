import { MAX_IMPORT_BYTES, parseImport } from '../../domain/board-file';
import { useBoardsStore } from '../../store/boards-store';

export interface ImportReport {
  /** Ids and titles of the boards added. */
  added: { id: string; title: string }[];
  /** What restore skipped or changed, per board, and boards it could not read. */
  notes: string[];
}

export type ImportOutcome = { ok: true; report: ImportReport } | { ok: false; error: string };

/**
 * Reads a file a person chose or dropped and adds its boards. Nothing already here is ever
 * replaced, and nothing changes at all unless the file can be read.
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
  const result = parseImport(text);
  if (!result.ok) return { ok: false, error: `“${file.name}”: ${result.error}` };
  const ids = useBoardsStore.getState().importBoards(result.boards.map((b) => b.board));
  const boards = useBoardsStore.getState().boards;
  const notes = [
    ...result.boards.flatMap(({ board, warnings }) => warnings.map((w) => `${board.title}: ${w}`)),
    ...result.skipped,
  ];
  return {
    ok: true,
    report: { added: ids.map((id) => ({ id, title: boards[id]!.title })), notes },
  };
}
