import { describe, expect, it } from 'vitest';
import { fittingScale, slideKeyAction, slideTitle, slidesOf, stepSlide } from './slides';
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

describe('presenter keys', () => {
  const fits = { below: false, above: false };
  const middle = { below: true, above: true };

  it('moves on and back with a clicker’s Page Down and Page Up when the slide fits', () => {
    expect(slideKeyAction('PageDown', false, fits)).toEqual({ kind: 'step', delta: 1 });
    expect(slideKeyAction('PageUp', false, fits)).toEqual({ kind: 'step', delta: -1 });
    expect(slideKeyAction(' ', false, fits)).toEqual({ kind: 'step', delta: 1 });
    expect(slideKeyAction(' ', true, fits)).toEqual({ kind: 'step', delta: -1 });
    expect(slideKeyAction('ArrowDown', false, fits)).toEqual({ kind: 'step', delta: 1 });
  });

  it('scrolls a slide too long for the screen before it moves on, and back before it goes back', () => {
    expect(slideKeyAction('PageDown', false, middle)).toEqual({ kind: 'scroll', direction: 1 });
    expect(slideKeyAction(' ', false, middle)).toEqual({ kind: 'scroll', direction: 1 });
    expect(slideKeyAction('PageUp', false, middle)).toEqual({ kind: 'scroll', direction: -1 });
    expect(slideKeyAction('ArrowUp', false, middle)).toEqual({ kind: 'scroll', direction: -1 });
    const atEnd = { below: false, above: true };
    expect(slideKeyAction('PageDown', false, atEnd)).toEqual({ kind: 'step', delta: 1 });
    expect(slideKeyAction('PageUp', false, atEnd)).toEqual({ kind: 'scroll', direction: -1 });
    const atTop = { below: true, above: false };
    expect(slideKeyAction('PageUp', false, atTop)).toEqual({ kind: 'step', delta: -1 });
  });

  it('changes slide with the left and right arrows however long the slide, and leaves on Escape', () => {
    expect(slideKeyAction('ArrowRight', false, middle)).toEqual({ kind: 'step', delta: 1 });
    expect(slideKeyAction('ArrowLeft', false, middle)).toEqual({ kind: 'step', delta: -1 });
    expect(slideKeyAction('Home', false, middle)).toEqual({ kind: 'step', delta: -Infinity });
    expect(slideKeyAction('End', false, middle)).toEqual({ kind: 'step', delta: Infinity });
    expect([stepSlide(2, -Infinity, 6), stepSlide(2, Infinity, 6)]).toEqual([0, 5]);
    expect(slideKeyAction('Escape', false, middle)).toEqual({ kind: 'close' });
    expect(slideKeyAction('a', false, middle)).toBeNull();
  });
});

describe('fitting a slide to the screen', () => {
  // Content 1,000 px tall at scale 1, and taller in proportion as it grows.
  const heightAt = (scale: number) => 1000 * scale;

  it('takes the largest scale that fits', () => {
    expect(fittingScale(heightAt, 800, { min: 0.5, max: 2 })).toBeCloseTo(0.8, 2);
    expect(fittingScale(heightAt, 800, { min: 0.5, max: 2 })! * 1000).toBeLessThanOrEqual(800);
  });

  it('stops at the largest scale allowed when there is room to spare', () => {
    expect(fittingScale(heightAt, 5000, { min: 0.5, max: 1.6 })).toBe(1.6);
  });

  it('gives up below the smallest legible scale, so the slide scrolls instead', () => {
    expect(fittingScale(heightAt, 300, { min: 0.5, max: 2 })).toBeNull();
  });
});
