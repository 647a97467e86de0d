import { stringifyFile, toBackupFile, toBoardFile } from '../domain/board-file';
import { backupFileName, boardFileName } from '../domain/file-names';
import type { Board } from '../domain/schema';
import { noteBackup } from './storage-care';

/**
 * Exported files: what they are called and hold. Handing one to the person is the caller's
 * part (ui/download.ts in the app), so this layer builds files and never touches the page.
 */

/** Who wrote an exported file: this app at this version. */
export const APP_SIGNATURE = `Partner Horizons ${__APP_VERSION__}`;

export interface ExportedFile {
  name: string;
  contents: string;
}

/** Hands a file to the person: in the app, a download (ui/download.ts). */
export type SaveFile = (name: string, contents: string) => void;

/** One board as a .partner-board.json file (docs/board-format.md). */
export function boardFile(board: Board, now = new Date()): ExportedFile {
  return {
    name: boardFileName(board),
    contents: stringifyFile(toBoardFile(board, { app: APP_SIGNATURE, now: now.toISOString() })),
  };
}

/** Every board in one backup file, which Import restores. */
export function backupFile(boards: Board[], now = new Date()): ExportedFile {
  return {
    name: backupFileName(now),
    contents: stringifyFile(toBackupFile(boards, { app: APP_SIGNATURE, now: now.toISOString() })),
  };
}

/** Saves one board's file through `save`. */
export function exportBoard(board: Board, save: SaveFile): void {
  const file = boardFile(board);
  save(file.name, file.contents);
}

/** Saves a backup of every board through `save`, and notes that a backup was made. */
export function exportAllBoards(boards: Board[], save: SaveFile): void {
  const file = backupFile(boards);
  save(file.name, file.contents);
  noteBackup();
}
