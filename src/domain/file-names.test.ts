import { describe, expect, it } from 'vitest';
import { backupFileName, boardFileName, pictureFileNames, slugify } from './file-names';
import { createBoard } from './boards';

describe('file names', () => {
  it('makes a name of letters, digits and dashes from any text', () => {
    expect(slugify('Ünïcode & Co. — Ltd')).toBe('unicode-co-ltd');
    expect(slugify('***')).toBe('board');
    expect(slugify('', 'backup')).toBe('backup');
    expect(slugify('x'.repeat(100))).toHaveLength(60);
  });

  it('names a board file after the partner, else the board', () => {
    const board = createBoard({ title: 'Q3 plan', partnerName: 'Acme Analytics' });
    expect(boardFileName(board)).toBe('acme-analytics.partner-board.json');
    expect(boardFileName(createBoard({ title: 'Q3 plan' }))).toBe('q3-plan.partner-board.json');
  });

  it('names a backup after its day', () => {
    expect(backupFileName(new Date('2026-11-25T23:59:00Z'))).toBe(
      'partner-horizons-backup-2026-11-25.json',
    );
  });
});

describe('pictureFileNames', () => {
  it('names one picture after the partner, several numbered, ours marked internal', () => {
    expect(
      pictureFileNames('Acme Analytics', { internal: false, count: 1, extension: 'png' }),
    ).toEqual(['acme-analytics.png']);
    expect(
      pictureFileNames('Acme Analytics', { internal: true, count: 2, extension: 'svg' }),
    ).toEqual(['acme-analytics-internal-1-of-2.svg', 'acme-analytics-internal-2-of-2.svg']);
  });
});
