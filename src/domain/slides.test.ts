import { describe, expect, it } from 'vitest';
import { slideTitle, slidesOf, stepSlide } from './slides';
import { makeBoard } from '../testing/factories';

describe('presentation slides', () => {
  it('shows the vision, each horizon, then the whole board', () => {
    const board = makeBoard();
    const slides = slidesOf(board);
    expect(slides).toEqual([
      { kind: 'vision' },
      { kind: 'horizon', index: 0 },
      { kind: 'horizon', index: 1 },
      { kind: 'horizon', index: 2 },
      { kind: 'horizon', index: 3 },
      { kind: 'board' },
    ]);
    expect(slides.map((slide) => slideTitle(board, slide))).toEqual([
      'Vision',
      'Now',
      'Next',
      'Later',
      'Long term',
      'The whole board',
    ]);
  });

  it('steps within the slides, never before the first or past the last', () => {
    expect(stepSlide(0, 1, 6)).toBe(1);
    expect(stepSlide(0, -1, 6)).toBe(0);
    expect(stepSlide(5, 1, 6)).toBe(5);
    expect(stepSlide(3, -6, 6)).toBe(0);
    expect(stepSlide(3, 6, 6)).toBe(5);
  });
});
