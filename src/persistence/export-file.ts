import { stringifyFile, toBackupFile, toBoardFile } from '../domain/board-file';
import type { Board } from '../domain/schema';
import { downloadFile, slugify } from '../ui/download';
import { noteBackup } from './storage-care';

/** Who wrote an exported file: this app at this version. */
export const APP_SIGNATURE = `Partner Horizons ${__APP_VERSION__}`;

/** One board as a .partner-board.json file (docs/board-format.md). */
export function exportBoard(board: Board): void {
  downloadFile(
    `${slugify(board.partner.name || board.title)}.partner-board.json`,
    stringifyFile(toBoardFile(board, { app: APP_SIGNATURE })),
  );
}

/** Every board in one backup file, which Import restores. */
export function exportAllBoards(boards: Board[]): void {
  const date = new Date().toISOString().slice(0, 10);
  downloadFile(
    `partner-horizons-backup-${date}.json`,
    stringifyFile(toBackupFile(boards, { app: APP_SIGNATURE })),
  );
  noteBackup();
}
