import { describe, expect, it } from 'vitest';
import {
  besideIndex,
  dragPreview,
  insertionIndex,
  keyboardPlace,
  placeInPreview,
  placeOf,
} from './drag-preview';
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

  it('places a card in any column at an index among its other cards, without touching its input', () => {
    const preview = deepFreeze({ h0: ['a', 'b'], h1: ['c', 'd'], h2: [] });
    expect(placeInPreview(preview, 'a', 'h1', 1)).toEqual({
      h0: ['b'],
      h1: ['c', 'a', 'd'],
      h2: [],
    });
    expect(placeInPreview(preview, 'b', 'h2', 0)).toEqual({ h0: ['a'], h1: ['c', 'd'], h2: ['b'] });
    expect(placeInPreview(preview, 'a', 'h1', 9).h1).toEqual(['c', 'd', 'a']);
    expect(placeInPreview(preview, 'a', 'h0', 1).h0).toEqual(['b', 'a']);
  });

  it('is the same preview when the card is already there, and keeps the columns it leaves alone', () => {
    const preview = deepFreeze({ h0: ['a', 'b'], h1: ['c'], h2: [] });
    expect(placeInPreview(preview, 'b', 'h0', 1)).toBe(preview);
    expect(placeInPreview(preview, 'a', 'nowhere', 0)).toBe(preview);
    const moved = placeInPreview(preview, 'c', 'h0', 0);
    expect(moved.h2).toBe(preview.h2);
    expect(placeOf(moved, 'c')).toEqual({ column: 'h0', index: 0 });
    expect(placeOf(moved, 'zzz')).toBeUndefined();
  });
});

describe('where a dragged card goes in a column', () => {
  // Three cards 100 px tall, 10 px apart, from the top of the page.
  const laidOut = (lifted = -1, first = 0) =>
    [0, 1, 2].map((i) => ({
      index: first + i,
      middle: 50 + i * 110,
      lifted: first + i === lifted,
    }));

  it('goes after every card whose middle the pointer has passed', () => {
    expect(insertionIndex(laidOut(), 10, 3)).toBe(0);
    expect(insertionIndex(laidOut(), 60, 3)).toBe(1);
    expect(insertionIndex(laidOut(), 170, 3)).toBe(2);
    expect(insertionIndex(laidOut(), 900, 3)).toBe(3);
  });

  it('keeps its place while the pointer rests over it, and does not swing back once moved', () => {
    // Lifted card at index 1: anywhere over its own place keeps index 1 among the others.
    for (const y of [100, 160, 210]) expect(insertionIndex(laidOut(1), y, 2)).toBe(1);
    // Past the middle of the card below, it goes after that card…
    expect(insertionIndex(laidOut(1), 280, 2)).toBe(2);
    // …which then moves up into the room it left, still above the pointer.
    const after = [
      { index: 0, middle: 50, lifted: false },
      { index: 1, middle: 160, lifted: false },
      { index: 2, middle: 270, lifted: true },
    ];
    expect(insertionIndex(after, 280, 2)).toBe(2);
    expect(insertionIndex(laidOut(1), 260, 2)).toBe(1);
  });

  it('counts the cards a long column has not mounted', () => {
    // Cards 20–22 mounted, the pointer above them all: before card 20.
    expect(insertionIndex(laidOut(-1, 20), 0, 40)).toBe(20);
    expect(insertionIndex(laidOut(-1, 20), 60, 40)).toBe(21);
    // The lifted card at 21 mounted among them: the ones after it count one less.
    expect(insertionIndex(laidOut(21, 20), 900, 39)).toBe(22);
  });

  it('goes to the end of a column that shows no cards, and stays put over its own place', () => {
    expect(insertionIndex([], 100, 4)).toBe(4);
    expect(insertionIndex([], 100, 0)).toBe(0);
    expect(insertionIndex([{ index: 0, middle: 50, lifted: true }], 500, 0)).toBe(0);
  });
});

describe('a card moved by a key into another column', () => {
  const cards = [
    { index: 0, middle: 50, lifted: false },
    { index: 1, middle: 160, lifted: false },
  ];
  it('lands before the card nearest its height, or where it was told when none shows', () => {
    expect(besideIndex(cards, 0, 9)).toBe(0);
    expect(besideIndex(cards, 150, 9)).toBe(1);
    expect(besideIndex(cards, 900, 9)).toBe(1);
    expect(besideIndex([], 100, 3)).toBe(3);
  });
});

describe('keyboard steps in a drag', () => {
  const preview = deepFreeze({ h0: ['a', 'b'], h1: ['c'], 'side:parked': [] });
  const columns = ['h0', 'h1', 'side:parked'];

  it('moves up and down within the column, and stops at its ends', () => {
    expect(keyboardPlace(preview, 'a', columns, 'down')).toEqual({ column: 'h0', index: 1 });
    expect(keyboardPlace(preview, 'b', columns, 'down')).toBeUndefined();
    expect(keyboardPlace(preview, 'a', columns, 'up')).toBeUndefined();
    expect(keyboardPlace(preview, 'b', columns, 'up')).toEqual({ column: 'h0', index: 0 });
  });

  it('moves left and right to the next column, at the same position or its end', () => {
    expect(keyboardPlace(preview, 'b', columns, 'right')).toEqual({ column: 'h1', index: 1 });
    expect(keyboardPlace(preview, 'c', columns, 'right')).toEqual({
      column: 'side:parked',
      index: 0,
    });
    expect(keyboardPlace(preview, 'c', columns, 'left')).toEqual({ column: 'h0', index: 0 });
    expect(keyboardPlace(preview, 'a', columns, 'left')).toBeUndefined();
    expect(keyboardPlace(preview, 'zzz', columns, 'left')).toBeUndefined();
  });
});
