import {
  BOARD_DOCUMENT_TYPE,
  BOARD_SCHEMA_VERSION,
  type Board,
  type BoardDocument,
  isoDateTime,
} from './schema';
import { restoreBoardDocument } from './restore';

/**
 * The board file: what Export writes and Import reads. It is the stored board document
 * (type tag, format version, board) with two more fields saying who wrote it and when.
 * docs/board-format.md describes it for other tools; docs/board.schema.json is generated
 * from the same zod schema.
 */
export interface BoardFile extends BoardDocument {
  /** The app and version that wrote the file, e.g. "Partner Horizons 0.1.0". */
  app: string;
  exportedAt: string;
}

export const BACKUP_TYPE = 'partner-horizons/backup';
export const BACKUP_VERSION = 1;

export interface BackupFile {
  type: typeof BACKUP_TYPE;
  version: typeof BACKUP_VERSION;
  app: string;
  exportedAt: string;
  boards: BoardDocument[];
}

/** Files larger than this are refused before they are read: no board comes near it. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export interface WriterInfo {
  app: string;
  now?: string;
}

export function toBoardFile(
  board: Board,
  { app, now = new Date().toISOString() }: WriterInfo,
): BoardFile {
  // Key order is the order a person reading the file meets them.
  return { type: BOARD_DOCUMENT_TYPE, version: BOARD_SCHEMA_VERSION, app, exportedAt: now, board };
}

export function toBackupFile(
  boards: Board[],
  { app, now = new Date().toISOString() }: WriterInfo,
): BackupFile {
  return {
    type: BACKUP_TYPE,
    version: BACKUP_VERSION,
    app,
    exportedAt: now,
    boards: boards.map((board) => ({
      type: BOARD_DOCUMENT_TYPE,
      version: BOARD_SCHEMA_VERSION,
      board,
    })),
  };
}

/** Indented, stable JSON: readable in a text editor and friendly to diff. */
export const stringifyFile = (file: BoardFile | BackupFile): string =>
  `${JSON.stringify(file, null, 2)}\n`;

export interface ImportedBoard {
  board: Board;
  warnings: string[];
  /** When the file was exported, if it says: where an imported copy's history starts. */
  exportedAt?: string;
}

export type ImportResult =
  { ok: true; boards: ImportedBoard[]; skipped: string[] } | { ok: false; error: string };

/**
 * Reads the text of a file someone chose: a board file or a backup of several. Never
 * throws; says in plain words what is wrong. Anything that passes went through restore.
 */
export function parseImport(text: string): ImportResult {
  if (text.trim() === '') return { ok: false, error: 'The file is empty.' };
  if (text.includes('\u0000'))
    return { ok: false, error: 'This is not a text file, so it cannot be a board.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      error:
        error instanceof RangeError
          ? 'The file is nested too deeply to be a board.'
          : 'This file is not JSON, so it cannot be a board. Choose a .partner-board.json file.',
    };
  }
  const type =
    typeof data === 'object' && data !== null ? (data as { type?: unknown }).type : undefined;
  if (type === BACKUP_TYPE) return parseBackup(data as Record<string, unknown>);
  const result = restoreBoardDocument(data);
  // The person reads the words; nothing acts on restore's reason here.
  if (!result.ok) return { ok: false, error: result.error };
  const exportedAt = exportTime(data);
  return {
    ok: true,
    boards: [
      { board: result.board, warnings: result.warnings, ...(exportedAt ? { exportedAt } : {}) },
    ],
    skipped: [],
  };
}

function exportTime(data: unknown): string | undefined {
  const value = (data as { exportedAt?: unknown }).exportedAt;
  return isoDateTime.safeParse(value).success ? (value as string) : undefined;
}

function parseBackup(data: Record<string, unknown>): ImportResult {
  if (typeof data.version !== 'number' || data.version > BACKUP_VERSION) {
    return {
      ok: false,
      error:
        'This backup was made with a newer version of Partner Horizons. Update the app to open it.',
    };
  }
  if (!Array.isArray(data.boards)) return { ok: false, error: 'This backup holds no boards.' };
  const boards: ImportedBoard[] = [];
  const skipped: string[] = [];
  const exportedAt = exportTime(data);
  data.boards.forEach((doc, i) => {
    const result = restoreBoardDocument(doc);
    if (result.ok) {
      boards.push({
        board: result.board,
        warnings: result.warnings,
        ...(exportedAt ? { exportedAt } : {}),
      });
    } else skipped.push(`Board #${i + 1}: ${result.error}`);
  });
  if (boards.length === 0) {
    return {
      ok: false,
      error: skipped.length
        ? `No board in this backup could be read. ${skipped.join(' ')}`
        : 'This backup holds no boards.',
    };
  }
  return { ok: true, boards, skipped };
}
