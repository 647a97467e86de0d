import { describe, expect, it } from 'vitest';
import { emptyBoard } from './empty-board';
import { createBoard } from './boards';
import { restoreBoard } from './restore';
import { boardSchema, type Board } from './schema';
import { T0 } from '../testing/factories';

/** A board with its horizons' ids left out: every empty board gets fresh ones. */
const withoutHorizonIds = ({ horizons, ...board }: Board) => ({
  ...board,
  horizons: horizons.map(({ id: _id, ...h }) => h),
});

describe('the empty board', () => {
  it('is a valid board with the default horizons, fresh each time', () => {
    const empty = emptyBoard({ id: 'b1', now: T0 });
    expect(boardSchema.safeParse(empty).success).toBe(true);
    expect(empty.horizons.map((h) => h.title)).toEqual(['Now', 'Next', 'Later', 'Long term']);
    const other = emptyBoard({ id: 'b1', now: T0 });
    expect(other.horizons[0]!.id).not.toBe(empty.horizons[0]!.id);
    expect(other.values).not.toBe(empty.values);
  });

  it('is where a new board starts: only its name and partner differ', () => {
    const created = createBoard({ title: 'Acme', partnerName: 'Acme Inc.' }, { id: 'b1', now: T0 });
    expect(withoutHorizonIds(created)).toEqual({
      ...withoutHorizonIds(emptyBoard({ id: 'b1', now: T0 })),
      title: 'Acme',
      partner: { name: 'Acme Inc.', kinds: [], notes: '' },
    });
  });

  it('fills in whatever a restored board leaves out, quietly', () => {
    const restored = restoreBoard({ id: 'b1', createdAt: T0 });
    expect(restored).toMatchObject({ ok: true, warnings: [], repaired: false });
    if (!restored.ok) return;
    expect(withoutHorizonIds(restored.board)).toEqual(
      withoutHorizonIds(emptyBoard({ id: 'b1', now: T0 })),
    );
  });
});
