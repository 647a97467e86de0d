import {
  BOARD_DOCUMENT_TYPE,
  BOARD_SCHEMA_VERSION,
  type Board,
  type BoardDocument,
  boardSchema,
  isoDateTime,
} from './schema';
import { restoreBoardDocument, type RestoreSuccess } from './restore';

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
  return {
    type: BOARD_DOCUMENT_TYPE,
    version: BOARD_SCHEMA_VERSION,
    app,
    exportedAt: now,
    board: inSchemaOrder(board),
  };
}

/** The board with every record's fields in the order the schema declares them, as restore
 * gives them back: so exporting an imported board writes the same bytes as the file it
 * came from, whatever order edits added fields in. */
function inSchemaOrder(board: Board): Board {
  const parsed = boardSchema.safeParse(board);
  return parsed.success ? parsed.data : board;
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
      board: inSchemaOrder(board),
    })),
  };
}

/** Indented, stable JSON: readable in a text editor and friendly to diff. */
export const stringifyFile = (file: BoardFile | BackupFile): string =>
  `${JSON.stringify(file, null, 2)}\n`;

export interface ImportedBoard {
  board: Board;
  /** What was changed or dropped to make it whole, in words for the person. */
  warnings: string[];
  /** What they may like to know though nothing was lost (an upgrade, fields kept). */
  notices: string[];
  /** Technical detail behind the warnings, for a "Details" fold. */
  details: string[];
  /** When the file was exported, if it says: where an imported copy's history starts. */
  exportedAt?: string;
}

/** `newer` says a newer app made it: the one refusal a link words the same way as a file. */
export type ImportFailure = { ok: false; error: string; details?: string; newer?: true };
export type ImportResult = { ok: true; boards: ImportedBoard[]; skipped: string[] } | ImportFailure;

const newerFailure = (error: string): ImportFailure => ({ ok: false, error, newer: true });

const failure = (error: string, details?: string): ImportFailure => ({
  ok: false,
  error,
  ...(details ? { details } : {}),
});

/**
 * Reads the text of a file someone chose: a board file or a backup of several. Never
 * throws; says in plain words what is wrong, with any technical detail apart. Anything
 * that passes went through restore.
 */
export function parseImport(text: string): ImportResult {
  if (text.trim() === '')
    return failure('The file is empty. Choose a board file exported from Partner Horizons.');
  if (text.includes('\u0000'))
    return failure(
      'This is not a board file: it is not even text (perhaps a picture or a document). Choose a file exported from Partner Horizons; its name ends in .partner-board.json.',
      'The file holds NUL bytes.',
    );
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return error instanceof RangeError
      ? failure(
          'This is not a board file: it is nested far deeper than any board. Choose a file exported from Partner Horizons.',
          String(error),
        )
      : failure(
          'This is not a board file, or it was cut short or changed by hand since it was exported. Choose a file exported from Partner Horizons (its name ends in .partner-board.json), or ask for it again.',
          `The file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
        );
  }
  const type =
    typeof data === 'object' && data !== null ? (data as { type?: unknown }).type : undefined;
  if (type === BACKUP_TYPE) return parseBackup(data as Record<string, unknown>);
  const result = restoreBoardDocument(data);
  // The person reads the words; the reason only picks the advice that follows them.
  if (!result.ok && result.reason === 'newer-version') return newerFailure(result.error);
  if (!result.ok)
    return failure(
      result.reason === 'unreadable' || result.reason === 'no-board'
        ? `${result.error} Ask whoever sent it for the file again, or export it again from Partner Horizons.`
        : result.error,
      result.details,
    );
  return { ok: true, boards: [imported(result, exportTime(data))], skipped: [] };
}

const imported = (
  { board, warnings, notices, details }: RestoreSuccess,
  exportedAt: string | undefined,
): ImportedBoard => ({ board, warnings, notices, details, ...(exportedAt ? { exportedAt } : {}) });

function exportTime(data: unknown): string | undefined {
  const value = (data as { exportedAt?: unknown }).exportedAt;
  return isoDateTime.safeParse(value).success ? (value as string) : undefined;
}

function parseBackup(data: Record<string, unknown>): ImportResult {
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return failure(
      'This looks like a Partner Horizons backup, but it does not say which version of the app made it, so it cannot be read safely. Make the backup again with "Export all".',
      `Its "version" is ${JSON.stringify(version ?? null).slice(0, 40)}; a whole number from 1 is expected.`,
    );
  if (version > BACKUP_VERSION)
    return newerFailure(
      `This backup was made with a newer version of Partner Horizons (backup format ${version}; this app reads up to ${BACKUP_VERSION}). Update the app to open it.`,
    );
  if (!Array.isArray(data.boards))
    return failure(
      'This backup holds no boards. Make the backup again with "Export all".',
      '"boards" is not a list.',
    );
  const boards: ImportedBoard[] = [];
  const skipped: string[] = [];
  const details: string[] = [];
  const exportedAt = exportTime(data);
  data.boards.forEach((doc, i) => {
    const result = restoreBoardDocument(doc);
    if (result.ok) boards.push(imported(result, exportedAt));
    else {
      skipped.push(`Board #${i + 1} of the backup was left out: ${result.error}`);
      if (result.details) details.push(`Board #${i + 1}: ${result.details}`);
    }
  });
  if (boards.length === 0) {
    return skipped.length
      ? failure(
          'No board in this backup could be read, so nothing was imported. Make the backup again with "Export all", or ask for it again.',
          [...skipped, ...details].join('\n'),
        )
      : failure('This backup holds no boards.');
  }
  if (details.length) boards[0]!.details.push(...details);
  return { ok: true, boards, skipped };
}
