import { describe, expect, it } from 'vitest';
import { inStoredOrder, sortStoredRecords } from './stored-records';
import { INDEX_KEY, boardKey, quarantineKey, toIndexRecord, toStoredBoard } from './record-format';
import { createBoard } from '../domain/boards';
import { toBoardDocument } from '../domain/restore';

const good = createBoard({ title: 'Good', template: 'starter' }, { id: 'good' });
const NOW = '2026-11-25T00:00:00.000Z';

/** A stored board restore has to repair: a milestone date it cannot read. */
function needsRepair() {
  const board = createBoard({ title: 'Fixed', template: 'starter' }, { id: 'fixed' });
  const doc = JSON.parse(JSON.stringify(toBoardDocument(board)));
  const [first] = Object.keys(doc.board.milestones);
  doc.board.milestones[first!].targetDate = '31/03/2027';
  return doc;
}

describe('sortStoredRecords', () => {
  it('sorts boards, their revisions and the index order from one read', () => {
    const found = sortStoredRecords([
      [INDEX_KEY, toIndexRecord(['good'], { good })],
      [boardKey('good'), toStoredBoard(good, 7)],
      ['something-else', 1],
    ]);
    expect(found).toMatchObject({
      boards: [good],
      order: ['good'],
      revs: { good: 7 },
      damaged: [],
      newer: [],
      repaired: [],
      quarantine: [],
    });
  });

  it('lists a damaged record, and tells a newer one apart by restore’s reason', () => {
    const damaged = { type: 'partner-horizons/board', version: 2, board: { title: 'Bad' } };
    const newer = { type: 'partner-horizons/board', version: 99, board: {} };
    const found = sortStoredRecords([
      [boardKey('bad'), damaged],
      [boardKey('future'), newer],
    ]);
    expect(found.damaged).toEqual([
      {
        key: 'board:bad',
        id: 'bad',
        error: expect.stringMatching(/cannot be opened/),
        raw: damaged,
      },
    ]);
    expect(found.newer).toEqual([
      { key: 'board:future', error: expect.stringMatching(/newer version/), raw: newer },
    ]);
    expect(found.boards).toEqual([]);
  });

  it('keeps the original of a repaired board once, and says what was repaired', () => {
    const doc = needsRepair();
    const found = sortStoredRecords([[boardKey('fixed'), doc]], NOW);
    expect(found.quarantine).toEqual([
      [quarantineKey('fixed', NOW), expect.objectContaining({ boardId: 'fixed', original: doc })],
    ]);
    expect(found.repaired).toEqual([
      expect.objectContaining({ key: quarantineKey('fixed', NOW), id: 'fixed', title: 'Fixed' }),
    ]);
    expect(found.repaired[0]!.repairs.join(' ')).toMatch(/31\/03\/2027/);
    // Read again with the original kept: nothing more to keep; the notice stays until seen.
    const [kept] = found.quarantine;
    const again = sortStoredRecords([kept!, [boardKey('fixed'), doc]], 'later');
    expect(again.quarantine).toEqual([]);
    expect(again.repaired.map((r) => r.key)).toEqual([kept![0]]);
    const seen = sortStoredRecords([
      [kept![0], { ...kept![1], seenAt: NOW }],
      [boardKey('fixed'), doc],
    ]);
    expect(seen.repaired).toEqual([]);
  });
});

describe('inStoredOrder', () => {
  it('puts boards in the index order, the ones it does not list after, oldest first', () => {
    const at = (id: string, createdAt: string) => ({ ...good, id, createdAt });
    const boards = [
      at('x', '2026-03-01'),
      at('y', '2026-01-01'),
      at('b', '2026-02-01'),
      at('a', '2026-05-01'),
    ];
    expect(inStoredOrder(boards, ['a', 'b']).map((b) => b.id)).toEqual(['a', 'b', 'y', 'x']);
    expect(boards.map((b) => b.id)).toEqual(['x', 'y', 'b', 'a']);
  });
});
