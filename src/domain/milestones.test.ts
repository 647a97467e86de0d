import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addMilestone,
  deleteMilestone,
  milestoneIdsIn,
  milestoneOrder,
  milestonePlace,
  moveMilestone,
  normaliseDraft,
  updateMilestone,
  EMPTY_DRAFT,
  containerOf,
  sideArea,
} from './milestones';
import { boardSchema } from './schema';
import { T1, deepFreeze, makeBoard } from '../testing/factories';

const titles = (board: ReturnType<typeof makeBoard>, horizonId: string) =>
  milestoneIdsIn(board, horizonId).map((id) => board.milestones[id]!.title);

describe('addMilestone', () => {
  it('adds at the end of a horizon, or at an index, without touching its input', () => {
    const board = deepFreeze(makeBoard({ 0: ['A', 'B'] }));
    const atEnd = addMilestone(board, 'h0', { title: 'C' }, { id: 'c', now: T1 });
    expect(titles(atEnd, 'h0')).toEqual(['A', 'B', 'C']);
    expect(atEnd.updatedAt).toBe(T1);
    expect(atEnd.milestones.c).toMatchObject({ createdAt: T1, updatedAt: T1, horizonId: 'h0' });
    const atStart = addMilestone(board, 'h0', { title: 'Z' }, { id: 'z', index: 0 });
    expect(titles(atStart, 'h0')).toEqual(['Z', 'A', 'B']);
    const between = addMilestone(board, 'h0', { title: 'M' }, { id: 'm', index: 1 });
    expect(titles(between, 'h0')).toEqual(['A', 'M', 'B']);
    expect(titles(board, 'h0')).toEqual(['A', 'B']);
  });

  it('fills every field a person did not give, and keeps the result valid', () => {
    const board = addMilestone(makeBoard(), 'h1', { title: '  Co-sell  ' }, { id: 'x' });
    expect(board.milestones.x).toMatchObject({ ...EMPTY_DRAFT, title: 'Co-sell', position: 0 });
    expect(boardSchema.safeParse(board).success).toBe(true);
  });

  it('invents no type and no confidence: they stay not set until someone gives them', () => {
    const board = addMilestone(makeBoard(), 'h1', { title: 'Quick idea' }, { id: 'x' });
    expect(board.milestones.x).not.toHaveProperty('type');
    expect(board.milestones.x).not.toHaveProperty('confidence');
    expect(board.milestones.x).not.toHaveProperty('example');
    const typed = addMilestone(board, 'h1', { title: 'Typed', type: 'leads' }, { id: 'y' });
    expect(typed.milestones.y).toMatchObject({ type: 'leads' });
    expect(typed.milestones.y).not.toHaveProperty('confidence');
  });

  it('refuses an unknown horizon, a taken id and an empty title', () => {
    const board = makeBoard({ 0: ['A'] });
    expect(() => addMilestone(board, 'nope', { title: 'X' })).toThrow(/No horizon/);
    expect(() => addMilestone(board, 'h0', { title: 'X' }, { id: 'a' })).toThrow(/already exists/);
    expect(() => addMilestone(board, 'h0', { title: '   ' })).toThrow(/needs a title/);
  });
});

describe('normaliseDraft', () => {
  it('trims text, drops empty and repeated tags, clamps numbers and keeps custom names for custom types only', () => {
    expect(
      normaliseDraft({
        ...EMPTY_DRAFT,
        type: 'leads',
        title: ' T ',
        owner: ' Dana ',
        tags: [' emea ', '', 'EMEA', 'pipeline'],
        confidence: 140.4,
        impact: 0,
        customType: 'JV',
        targetDate: '',
      }),
    ).toEqual({
      ...EMPTY_DRAFT,
      type: 'leads',
      title: 'T',
      owner: 'Dana',
      tags: ['emea', 'pipeline'],
      confidence: 100,
      impact: 1,
      customType: undefined,
      targetDate: undefined,
    });
    expect(normaliseDraft({ ...EMPTY_DRAFT, type: 'custom', customType: ' JV ' }).customType).toBe(
      'JV',
    );
    expect(normaliseDraft({ ...EMPTY_DRAFT, confidence: Number.NaN }).confidence).toBe(0);
  });
});

describe('updateMilestone', () => {
  it('changes the given fields and the edit time only', () => {
    const board = deepFreeze(makeBoard({ 0: ['A'] }));
    const next = updateMilestone(board, 'a', { owner: 'Dana', tags: ['x'] }, T1);
    expect(next.milestones.a).toMatchObject({
      title: 'A',
      owner: 'Dana',
      tags: ['x'],
      updatedAt: T1,
    });
    expect(next.milestones.a!.createdAt).toBe(board.milestones.a!.createdAt);
  });

  it('drops optional fields that are cleared', () => {
    const board = updateMilestone(makeBoard({ 0: ['A'] }), 'a', { targetDate: '2027-01-01' });
    const cleared = updateMilestone(board, 'a', { targetDate: undefined });
    expect(cleared.milestones.a).not.toHaveProperty('targetDate');
  });

  it('clears a type and a confidence given as not set', () => {
    let board = makeBoard({ 0: ['A'] });
    board = updateMilestone(board, 'a', { type: 'custom', customType: 'JV', confidence: 40 });
    const cleared = updateMilestone(board, 'a', { type: undefined, confidence: undefined });
    for (const field of ['type', 'customType', 'confidence'])
      expect(cleared.milestones.a).not.toHaveProperty(field);
    // A patch that does not name them leaves them as they are.
    expect(updateMilestone(board, 'a', { owner: 'Ana' }).milestones.a).toMatchObject({
      type: 'custom',
      confidence: 40,
    });
  });

  it('keeps an example an example until its title changes', () => {
    const board = addMilestone(
      makeBoard(),
      'h0',
      { title: 'Swap leads' },
      { id: 'x', example: true },
    );
    expect(board.milestones.x!.example).toBe(true);
    const retyped = updateMilestone(board, 'x', {
      type: 'leads',
      confidence: 70,
      title: 'Swap leads',
    });
    expect(retyped.milestones.x!.example).toBe(true);
    const renamed = updateMilestone(retyped, 'x', { title: 'Swap leads with Acme' });
    expect(renamed.milestones.x).not.toHaveProperty('example');
  });

  it('ignores an unknown id and refuses an empty title', () => {
    const board = makeBoard({ 0: ['A'] });
    expect(updateMilestone(board, 'nope', { title: 'X' })).toBe(board);
    expect(() => updateMilestone(board, 'a', { title: ' ' })).toThrow(/needs a title/);
  });
});

describe('moveMilestone', () => {
  const board = deepFreeze(makeBoard({ 0: ['A', 'B', 'C'], 1: ['D'] }));

  it('reorders within a horizon', () => {
    expect(titles(moveMilestone(board, 'a', 'h0', 2), 'h0')).toEqual(['B', 'C', 'A']);
    expect(titles(moveMilestone(board, 'c', 'h0', 0), 'h0')).toEqual(['C', 'A', 'B']);
  });

  it('moves to another horizon at the index asked for, and to an empty one', () => {
    const moved = moveMilestone(board, 'b', 'h1', 0, T1);
    expect(titles(moved, 'h0')).toEqual(['A', 'C']);
    expect(titles(moved, 'h1')).toEqual(['B', 'D']);
    expect(moved.milestones.b).toMatchObject({ horizonId: 'h1', updatedAt: T1 });
    expect(titles(moveMilestone(board, 'b', 'h3', 5), 'h3')).toEqual(['B']);
  });

  it('returns the same board when nothing moves or the target is unknown', () => {
    expect(moveMilestone(board, 'b', 'h0', 1)).toBe(board);
    expect(moveMilestone(board, 'nope', 'h0', 0)).toBe(board);
    expect(moveMilestone(board, 'a', 'nope', 0)).toBe(board);
  });

  it('renumbers a horizon when repeated moves into one gap exhaust the numbers between', () => {
    let next = makeBoard({ 0: ['A', 'B', 'X', 'Y'] });
    // Always drop the last card between the first two: the gap halves every time.
    for (let i = 0; i < 80; i++) {
      const ids = milestoneIdsIn(next, 'h0');
      next = moveMilestone(next, ids[ids.length - 1]!, 'h0', 1);
    }
    const order = milestoneIdsIn(next, 'h0');
    expect(new Set(order).size).toBe(4);
    expect(order[0]).toBe('a');
    const positions = order.map((id) => next.milestones[id]!.position);
    expect([...positions].sort((p, q) => p - q)).toEqual(positions);
    expect(new Set(positions).size).toBe(4);
  });
});

describe('deleteMilestone, milestonePlace and milestoneOrder', () => {
  it('deletes one milestone and leaves the rest', () => {
    const board = deepFreeze(makeBoard({ 0: ['A', 'B'] }));
    const next = deleteMilestone(board, 'a', T1);
    expect(titles(next, 'h0')).toEqual(['B']);
    expect(next.deleted).toEqual({ a: T1 });
    expect(deleteMilestone(board, 'nope')).toBe(board);
  });

  it('tells where a milestone sits', () => {
    const board = makeBoard({ 2: ['A', 'B', 'C'] });
    expect(milestonePlace(board, 'b')).toEqual({ containerId: 'h2', index: 1, count: 3 });
    expect(milestonePlace(board, 'nope')).toBeUndefined();
  });

  it('computes the order once per milestones object', () => {
    const board = makeBoard({ 0: ['A'], 1: ['B'] });
    const renamed = { ...board, title: 'Other' };
    expect(milestoneOrder(board)).toBe(milestoneOrder(renamed));
    expect(milestoneIdsIn(board, 'h3')).toEqual([]);
  });
});

describe('any sequence of edits', () => {
  type Op =
    | { kind: 'add'; horizon: number; index: number }
    | { kind: 'move'; card: number; horizon: number; index: number }
    | { kind: 'delete'; card: number };
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ kind: fc.constant('add' as const), horizon: fc.nat(3), index: fc.nat(12) }),
    fc.record({
      kind: fc.constant('move' as const),
      card: fc.nat(40),
      horizon: fc.nat(3),
      index: fc.nat(12),
    }),
    fc.record({ kind: fc.constant('delete' as const), card: fc.nat(40) }),
  );

  it('keeps every milestone in exactly one horizon, in a total order, where it was put', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        let board = makeBoard();
        let counter = 0;
        for (const step of ops) {
          const ids = Object.keys(board.milestones);
          if (step.kind === 'add') {
            board = addMilestone(
              board,
              `h${step.horizon}`,
              { title: `M${counter}` },
              { id: `n${counter++}`, index: step.index },
            );
          } else if (ids.length && step.kind === 'move') {
            const id = ids[step.card % ids.length]!;
            const target = `h${step.horizon}`;
            board = moveMilestone(board, id, target, step.index);
            const order = milestoneIdsIn(board, target);
            expect(order.indexOf(id)).toBe(Math.min(step.index, order.length - 1));
          } else if (ids.length && step.kind === 'delete') {
            board = deleteMilestone(board, ids[step.card % ids.length]!);
          }
        }
        const all = board.horizons.flatMap((h) => milestoneIdsIn(board, h.id));
        expect([...all].sort()).toEqual(Object.keys(board.milestones).sort());
        for (const h of board.horizons) {
          const positions = milestoneIdsIn(board, h.id).map((id) => board.milestones[id]!.position);
          expect(new Set(positions).size).toBe(positions.length);
        }
        expect(boardSchema.safeParse(board).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the side areas', () => {
  it('a parked or achieved milestone leaves its horizon for the side area, keeping its horizon', () => {
    let board = makeBoard({ 1: ['A', 'B'] });
    board = updateMilestone(board, 'a', { status: 'dropped' });
    board = updateMilestone(board, 'b', { status: 'achieved' });
    expect(milestoneIdsIn(board, 'h1')).toEqual([]);
    expect(milestoneIdsIn(board, 'side:parked')).toEqual(['a']);
    expect(milestoneIdsIn(board, 'side:achieved')).toEqual(['b']);
    expect(board.milestones.a!.horizonId).toBe('h1');
    expect(containerOf(board.milestones.a!)).toBe('side:parked');
  });

  it('moving into a side area sets its status; moving back makes it live again', () => {
    const board = deepFreeze(makeBoard({ 0: ['A', 'B'], 2: ['C'] }));
    const parked = moveMilestone(board, 'a', 'side:parked', 0, T1);
    expect(parked.milestones.a).toMatchObject({
      status: 'dropped',
      horizonId: 'h0',
      updatedAt: T1,
    });
    const achieved = moveMilestone(parked, 'b', 'side:achieved', 0);
    expect(achieved.milestones.b!.status).toBe('achieved');
    const revived = moveMilestone(achieved, 'a', 'h2', 0);
    expect(revived.milestones.a).toMatchObject({ status: 'idea', horizonId: 'h2' });
    expect(milestoneIdsIn(revived, 'h2')).toEqual(['a', 'c']);
    expect(moveMilestone(achieved, 'b', 'h1', 0).milestones.b!.status).toBe('committed');
    expect(moveMilestone(parked, 'a', 'side:parked', 0)).toBe(parked);
    expect(moveMilestone(board, 'a', 'side:nowhere', 0)).toBe(board);
    expect(sideArea('side:achieved')?.title).toBe('Achieved');
  });
});
