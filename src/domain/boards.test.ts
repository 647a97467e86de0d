import { describe, expect, it } from 'vitest';
import {
  createBoard,
  duplicateBoard,
  matchesQuery,
  renameBoard,
  setVision,
  updatePartner,
} from './boards';
import { MILESTONE_TYPES } from './ladder';
import { milestoneIdsIn } from './milestones';
import { boardSchema, LIMITS } from './schema';
import { T0, T1, applied, deepFreeze, makeBoard } from '../testing/factories';

describe('createBoard', () => {
  it('makes an empty board with the default horizons', () => {
    const board = createBoard({ title: ' Acme ', partnerName: ' Acme Inc ' }, { id: 'b', now: T0 });
    expect(board).toMatchObject({
      id: 'b',
      title: 'Acme',
      partner: { name: 'Acme Inc', kinds: [], notes: '' },
    });
    expect(board.horizons.map((h) => h.title)).toEqual(['Now', 'Next', 'Later', 'Long term']);
    expect(board.milestones).toEqual({});
    expect(boardSchema.safeParse(board).success).toBe(true);
  });

  it('keeps the kinds of partnership it is given, each once and in the list’s order', () => {
    const board = createBoard({
      title: 'Acme',
      kinds: ['strategic', 'referral', 'strategic', 'merger' as never],
    });
    expect(board.partner.kinds).toEqual(['referral', 'strategic']);
    expect(boardSchema.safeParse(board).success).toBe(true);
  });

  it('puts one example on every rung of the ladder in the starter template', () => {
    const board = createBoard({ title: 'Acme', template: 'starter' });
    const types = Object.values(board.milestones).map((m) => m.type);
    expect(new Set(types)).toEqual(new Set(MILESTONE_TYPES.filter((t) => t !== 'custom')));
    expect(board.horizons.map((h) => milestoneIdsIn(board, h.id).length)).toEqual([2, 2, 2, 2]);
    expect(board.vision).not.toBe('');
    expect(boardSchema.safeParse(board).success).toBe(true);
  });

  it('needs a name', () => {
    expect(() => createBoard({ title: '  ' })).toThrow(/needs a name/);
  });
});

describe('board edits', () => {
  const board = deepFreeze(makeBoard({ 0: ['A'] }));

  it('renames, keeping the same board when nothing changes', () => {
    expect(renameBoard(board, ' Acme 2030 ', T1)).toMatchObject({
      ok: true,
      board: { title: 'Acme 2030', updatedAt: T1 },
    });
    expect(applied(renameBoard(board, 'Acme'))).toBe(board);
    expect(applied(renameBoard(board, 'x'.repeat(500))).title).toHaveLength(LIMITS.boardTitle);
  });

  it('refuses an empty name, and says what to do', () => {
    expect(renameBoard(board, '   ')).toEqual({
      ok: false,
      code: 'board-needs-name',
      reason: 'Give the board a name, e.g. the partner’s.',
    });
  });

  it('updates the partner', () => {
    const next = updatePartner(board, {
      name: ' Acme GmbH ',
      kinds: ['integration', 'integration', 'referral'],
      notes: 'n',
    });
    expect(next.partner).toEqual({
      name: 'Acme GmbH',
      kinds: ['integration', 'referral'],
      notes: 'n',
    });
    expect(updatePartner(board, { name: 'Acme' })).toBe(board);
  });

  it('sets the vision', () => {
    expect(setVision(board, 'Together', T1)).toMatchObject({ vision: 'Together', updatedAt: T1 });
    expect(setVision(board, '')).toBe(board);
  });
});

describe('duplicateBoard', () => {
  it('copies everything under new ids, keeping which card sits in which horizon', () => {
    const board = deepFreeze(makeBoard({ 0: ['A', 'B'], 2: ['C'] }));
    const copy = duplicateBoard(board, { id: 'copy', now: T1 });
    expect(copy).toMatchObject({ id: 'copy', title: 'Acme (copy)', createdAt: T1 });
    const oldIds = new Set([...board.horizons.map((h) => h.id), ...Object.keys(board.milestones)]);
    expect(copy.horizons.every((h) => !oldIds.has(h.id))).toBe(true);
    expect(Object.keys(copy.milestones).every((id) => !oldIds.has(id))).toBe(true);
    const titlesByHorizon = (b: typeof board) =>
      b.horizons.map((h) => milestoneIdsIn(b, h.id).map((id) => b.milestones[id]!.title));
    expect(titlesByHorizon(copy)).toEqual(titlesByHorizon(board));
    expect(duplicateBoard(board, { title: 'Named' }).title).toBe('Named');
    expect(boardSchema.safeParse(copy).success).toBe(true);
  });
});

describe('matchesQuery', () => {
  const board = { title: 'Acme 2030', partner: { name: 'Acme Analytics', kinds: [], notes: '' } };
  it('matches every word against the title and partner, ignoring case', () => {
    expect(matchesQuery(board, '')).toBe(true);
    expect(matchesQuery(board, 'analytics 2030')).toBe(true);
    expect(matchesQuery(board, 'ACME')).toBe(true);
    expect(matchesQuery(board, 'globex')).toBe(false);
  });
});
