import { describe, expect, it } from 'vitest';
import { stampEdits } from './edits';
import { renameBoard, updatePartner, updateVision } from './boards';
import { addValue, removeValue, updateValue } from './values';
import { addParticipant, castVote, removeParticipant, startRound } from './voting';
import { moveHorizon, removeHorizon, renameHorizon } from './horizons';
import { updateMilestone } from './milestones';
import { boardSchema, type Board } from './schema';
import { deepFreeze, makeBoard, T0, T1 } from '../testing/factories';

const NOW = '2026-03-01T12:00:00.000Z';

function ok(result: { ok: true; board: Board } | { ok: false; reason: string }): Board {
  if (!result.ok) throw new Error(result.reason);
  return result.board;
}

/** A board with a value, two participants and an open round, each stamped at T0. */
function workshop(): Board {
  let board = makeBoard({ 0: ['A'] });
  board = ok(addValue(board, 'ours', 'Speed', { id: 'v1', now: T0 }));
  board = ok(addValue(board, 'theirs', 'Care', { id: 'v2', now: T0 }));
  board = ok(addParticipant(board, 'Ana', { id: 'ana', now: T0 }));
  board = ok(addParticipant(board, 'Ben', { id: 'ben', now: T0 }));
  board = ok(startRound(board, {}, { id: 'r1', now: T0 }));
  return deepFreeze(stampEdits(makeBoard({ 0: ['A'] }), board, T0));
}

describe('stampEdits', () => {
  it('returns the same board when nothing it tracks changed', () => {
    const board = workshop();
    expect(stampEdits(board, board, NOW)).toBe(board);
    const edited = updateMilestone(board, 'a', { owner: 'Dana' }, T1);
    expect(stampEdits(board, edited, NOW)).toBe(edited);
    // A reorder changes no horizon's content.
    const moved = moveHorizon(board, 'h0', 2, T1);
    expect(stampEdits(board, moved, NOW)).toBe(moved);
    // Equal content in a new object is no change either.
    const same = { ...board, partner: { ...board.partner }, values: [...board.values] };
    expect(stampEdits(board, same, NOW)).toBe(same);
  });

  it('stamps each board field that changed, and only those', () => {
    const board = workshop();
    const renamed = stampEdits(board, ok(renameBoard(board, 'Acme 2027', T1)), NOW);
    expect(renamed.edited).toEqual({ title: NOW });
    const later = '2026-03-02T00:00:00.000Z';
    const vision = stampEdits(
      renamed,
      updateVision(renamed, { vision: 'Together', agreedOn: '2026-03-01' }, T1),
      later,
    );
    expect(vision.edited).toEqual({ title: NOW, vision: later, agreedOn: later });
    const cleared = stampEdits(vision, updateVision(vision, { agreedOn: '' }, T1), NOW);
    expect(cleared.edited?.agreedOn).toBe(NOW);
    expect(stampEdits(board, updatePartner(board, { kinds: ['reseller'] }), NOW).edited).toEqual({
      partner: NOW,
    });
  });

  it('stamps values, participants, rounds and horizons added or changed', () => {
    const board = workshop();
    const added = stampEdits(board, ok(addValue(board, 'ours', 'Trust', { id: 'v3' })), NOW);
    expect(added.values.map((v) => v.updatedAt)).toEqual([T0, T0, NOW]);
    const reworded = stampEdits(board, updateValue(board, 'v2', { alignment: 'shared' }), NOW);
    expect(reworded.values[0]).toBe(board.values[0]);
    expect(reworded.values[1]).toMatchObject({ alignment: 'shared', updatedAt: NOW });
    const voted = stampEdits(board, ok(castVote(board, 'ana', 'a')), NOW);
    expect(voted.rounds[0]!.updatedAt).toBe(NOW);
    const renamed = stampEdits(board, ok(renameHorizon(board, 'h1', { title: 'Soon' })), NOW);
    expect(renamed.horizons.map((h) => h.updatedAt)).toEqual([
      undefined,
      NOW,
      undefined,
      undefined,
    ]);
    expect(boardSchema.safeParse(renamed).success).toBe(true);
  });

  it('leaves a tombstone for what went, keeping one the edit already left', () => {
    const board = workshop();
    const gone = stampEdits(board, removeValue(board, 'v1', T1), NOW);
    expect(gone.deleted).toEqual({ v1: NOW });
    const left = stampEdits(board, removeParticipant(board, 'ben', T1), NOW);
    expect(left.deleted).toEqual({ ben: NOW });
    const removed = removeHorizon(board, 'h3', T1);
    if (!removed.ok) throw new Error(removed.reason);
    expect(stampEdits(board, removed.board, NOW).deleted).toEqual({ h3: T1 });
  });

  it('drops the tombstone of an item that comes back, as an undo brings it', () => {
    const board = workshop();
    const gone = stampEdits(board, removeValue(board, 'v1', T1), NOW);
    const back = stampEdits(gone, { ...board, deleted: gone.deleted }, NOW);
    expect(back.deleted).toBeUndefined();
    expect(back.values[0]).toMatchObject({ id: 'v1', updatedAt: NOW });
  });
});
