import { beforeEach, describe, expect, it } from 'vitest';
import { createBoardsStore } from './boards-store';
import { LIMITS } from '../domain/schema';

let store: ReturnType<typeof createBoardsStore>;

beforeEach(() => {
  store = createBoardsStore();
  store.getState().hydrate([]);
});

describe('an action the board refuses', () => {
  it('returns the refusal instead of throwing, and changes nothing', () => {
    const s = store.getState();
    const id = s.createBoard({ title: 'Acme' });
    for (let i = 4; i < LIMITS.horizons; i++) s.addHorizon(id, { title: `Stage ${i}` });
    const before = store.getState().boards[id];
    const past = store.getState().history[id]!.past.length;
    expect(s.addHorizon(id, { title: 'One too many' })).toMatchObject({
      ok: false,
      code: 'too-many-horizons',
    });
    expect(s.renameHorizon(id, before!.horizons[0]!.id, { title: 'next' })).toMatchObject({
      ok: false,
      code: 'horizon-name-taken',
    });
    expect(s.renameBoard(id, '  ')).toMatchObject({ ok: false, code: 'board-needs-name' });
    expect(store.getState().boards[id]).toBe(before);
    expect(store.getState().history[id]!.past).toHaveLength(past);
  });

  it('says so when the board is gone', () => {
    expect(store.getState().addValue('gone', 'ours', 'Speed')).toEqual({
      ok: false,
      code: 'board-gone',
      reason: 'That board is no longer here.',
    });
  });

  it('gives the new horizon’s id when it is added', () => {
    const id = store.getState().createBoard({ title: 'Acme' });
    const added = store.getState().addHorizon(id, { title: 'Beyond' }, 0);
    expect(added).toEqual({ ok: true, id: expect.any(String) });
    expect(store.getState().boards[id]!.horizons[0]).toMatchObject({
      id: added.ok ? added.id : '',
      title: 'Beyond',
    });
  });
});
