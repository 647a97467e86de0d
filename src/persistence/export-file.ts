import { toBoardDocument } from '../domain/restore';
import type { Board } from '../domain/schema';
import { downloadFile, slugify } from '../ui/download';

/** A plain JSON copy of one board: the stored document, readable by restore. */
export function exportBoard(board: Board): void {
  downloadFile(
    `${slugify(board.partner.name || board.title)}.partner-board.json`,
    JSON.stringify(toBoardDocument(board), null, 2),
  );
}

/** Every board in one file, for when the browser cannot keep them. */
export function exportAllBoards(boards: Board[]): void {
  const date = new Date().toISOString().slice(0, 10);
  downloadFile(
    `partner-horizons-backup-${date}.json`,
    JSON.stringify(
      {
        type: 'partner-horizons/backup',
        version: 1,
        exportedAt: new Date().toISOString(),
        boards: boards.map(toBoardDocument),
      },
      null,
      2,
    ),
  );
}
