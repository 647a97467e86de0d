import { describe, expect, it } from 'vitest';
import { EXTENSION_LIMITS, extensionProblem, liftExtensions } from './extensions';
import { updateMilestone } from './milestones';
import { mergeBoards } from './merge';
import { makeBoard } from '../testing/factories';

const KNOWN = new Set(['id', 'title']);

describe('other tools’ data', () => {
  it('moves fields the app does not know into extensions, beside any already there', () => {
    const { record, kept, dropped } = liftExtensions(
      { id: 'm', title: 'T', 'x-crm-id': 7, extensions: { source: 'crm' } },
      KNOWN,
    );
    expect(record).toEqual({ id: 'm', title: 'T', extensions: { source: 'crm', 'x-crm-id': 7 } });
    expect(kept).toEqual(['x-crm-id']);
    expect(dropped).toEqual([]);
  });

  it('gives back a record with only known fields as it is', () => {
    const raw = { id: 'm', title: 'T' };
    expect(liftExtensions(raw, KNOWN).record).toBe(raw);
  });

  it('drops what cannot be kept, and says why', () => {
    const deep = JSON.parse(
      `${'['.repeat(EXTENSION_LIMITS.depth + 2)}${']'.repeat(EXTENSION_LIMITS.depth + 2)}`,
    );
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "nested": {"constructor": 1}}');
    const { record, dropped } = liftExtensions(
      { id: 'm', deep, long: 'x'.repeat(EXTENSION_LIMITS.chars + 1), ...hostile },
      KNOWN,
    );
    expect(record).toEqual({ id: 'm' });
    expect(dropped.map((d) => d.field).sort()).toEqual(['__proto__', 'deep', 'long', 'nested']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps none when together they are more than a record may carry', () => {
    const half = 'x'.repeat(EXTENSION_LIMITS.chars / 2);
    const { record, kept, dropped } = liftExtensions({ id: 'm', a: half, b: half }, KNOWN);
    expect(record).toEqual({ id: 'm' });
    expect(kept).toEqual([]);
    expect(dropped).toEqual([{ field: 'extensions', why: expect.stringMatching(/longer than/) }]);
  });

  it('refuses what is not plain data, without recursion', () => {
    expect(extensionProblem({ when: new Date() })).toMatch(/not plain data/);
    expect(extensionProblem({ n: Infinity })).toMatch(/too large/);
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(extensionProblem(deep)).toMatch(/nested more than/);
    expect(extensionProblem({ a: [1, 'two', null, { b: true }] })).toBeUndefined();
  });

  it('survive an edit of the milestone that carries them', () => {
    const board = makeBoard({ 0: ['A'] });
    const id = Object.keys(board.milestones)[0]!;
    const tagged = {
      ...board,
      milestones: { [id]: { ...board.milestones[id]!, extensions: { 'x-crm-id': 'opp-1' } } },
    };
    const edited = updateMilestone(tagged, id, { title: 'Renamed', notes: 'More' });
    expect(edited.milestones[id]!.extensions).toEqual({ 'x-crm-id': 'opp-1' });
  });

  it('on the board, merge like its other fields: taken from the side that changed them', () => {
    const ours = makeBoard({ 0: ['A'] });
    const theirs = {
      ...ours,
      extensions: { 'x-crm-account': '001' },
      edited: { extensions: '2026-12-01T00:00:00.000Z' },
      updatedAt: '2026-12-01T00:00:00.000Z',
    };
    const { board } = mergeBoards(ours, theirs, '2026-12-02T00:00:00.000Z');
    expect(board.extensions).toEqual({ 'x-crm-account': '001' });
  });
});
