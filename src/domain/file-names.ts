import type { Board } from './schema';

/** A file name from user text: letters, digits and dashes only. */
export function slugify(text: string, fallback = 'board'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || fallback;
}

/** One board's file (docs/board-format.md): named after the partner, else the board. */
export const boardFileName = (board: Board) =>
  `${slugify(board.partner.name || board.title)}.partner-board.json`;

/** A backup of every board, named after the day it was made (UTC). */
export const backupFileName = (now: Date) =>
  `partner-horizons-backup-${now.toISOString().slice(0, 10)}.json`;

/**
 * The files of a board's pictures: `acme[-internal][-1-of-3].png`, numbered when there are
 * several, marked when they are for our team only.
 */
export function pictureFileNames(
  partner: string,
  { internal, count, extension }: { internal: boolean; count: number; extension: string },
): string[] {
  const base = `${slugify(partner)}${internal ? '-internal' : ''}`;
  return Array.from({ length: count }, (_, i) =>
    count > 1 ? `${base}-${i + 1}-of-${count}.${extension}` : `${base}.${extension}`,
  );
}
