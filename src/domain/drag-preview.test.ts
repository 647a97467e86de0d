import { describe, expect, it } from 'vitest';
import { dragPreview, moveInPreview } from './drag-preview';
import { NO_FILTER } from './filter';
import { updateMilestone } from './milestones';
import { deepFreeze, makeBoard } from '../testing/factories';

describe('drag preview', () => {
  it('holds every horizon and side area, each in display order', () => {
    let board = makeBoard({ 0: ['A', 'B'], 1: ['C'] });
    board = updateMilestone(board, 'b', { status: 'achieved' });
    expect(dragPreview(board)).toEqual({
      h0: ['a'],
      h1: ['c'],
      h2: [],
      h3: [],
      'side:parked': [],
      'side:achieved': ['b'],
    });
  });

  it('leaves out what a hiding filter hides, and keeps what a dimming one dims', () => {
    const board = makeBoard({ 0: ['Alpha', 'Beta', 'Alphabet'] });
    const filter = { ...NO_FILTER, text: 'alpha' };
    expect(dragPreview(board, filter).h0).toEqual(['alpha', 'beta', 'alphabet']);
    expect(dragPreview(board, { ...filter, hide: true }).h0).toEqual(['alpha', 'alphabet']);
  });

  it('moves a card to another column at the index given, without touching its input', () => {
    const preview = deepFreeze({ h0: ['a', 'b'], h1: ['c', 'd'], h2: [] });
    expect(moveInPreview(preview, 'a', 'h0', 'h1', 1)).toEqual({
      h0: ['b'],
      h1: ['c', 'a', 'd'],
      h2: [],
    });
    expect(moveInPreview(preview, 'b', 'h0', 'h2', 0)).toEqual({
      h0: ['a'],
      h1: ['c', 'd'],
      h2: ['b'],
    });
    expect(moveInPreview(preview, 'a', 'h0', 'h1', 2).h1).toEqual(['c', 'd', 'a']);
  });
});
