import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupFile, boardFile, exportAllBoards, exportBoard } from './export-file';
import { useStorageCare } from './storage-care';
import { parseImport } from '../domain/board-file';
import { createBoard } from '../domain/boards';

afterEach(() => {
  useStorageCare.setState({ lastBackupAt: null, unbackedSince: null });
});

describe('exported files', () => {
  const acme = createBoard({ title: 'Q3', partnerName: 'Acme' });
  const globex = createBoard({ title: 'Globex' });

  it('builds a board file that Import reads back', () => {
    const file = boardFile(acme, new Date('2026-11-25T10:00:00Z'));
    expect(file.name).toBe('acme.partner-board.json');
    expect(JSON.parse(file.contents)).toMatchObject({
      app: expect.stringMatching(/^Partner Horizons /),
      exportedAt: '2026-11-25T10:00:00.000Z',
    });
    expect(parseImport(file.contents)).toMatchObject({ ok: true, boards: [{ board: acme }] });
  });

  it('builds a backup of every board that Import reads back', () => {
    const file = backupFile([acme, globex], new Date('2026-11-25T10:00:00Z'));
    expect(file.name).toBe('partner-horizons-backup-2026-11-25.json');
    expect(parseImport(file.contents)).toMatchObject({
      ok: true,
      boards: [{ board: acme }, { board: globex }],
    });
  });

  it('hands the file to whoever saves it, and notes a backup only for a backup', () => {
    const save = vi.fn();
    exportBoard(acme, save);
    expect(save).toHaveBeenCalledWith('acme.partner-board.json', expect.any(String));
    expect(useStorageCare.getState().lastBackupAt).toBeNull();
    exportAllBoards([acme, globex], save);
    expect(save).toHaveBeenLastCalledWith(
      expect.stringMatching(/^partner-horizons-backup-\d{4}-\d{2}-\d{2}\.json$/),
      expect.any(String),
    );
    expect(useStorageCare.getState().lastBackupAt).not.toBeNull();
  });
});
