import type { Board } from './schema';

/** What a presentation shows, in order: the vision, each horizon in turn, the whole board. */
export type Slide = { kind: 'vision' } | { kind: 'horizon'; index: number } | { kind: 'board' };

export function slidesOf(board: Pick<Board, 'horizons'>): Slide[] {
  return [
    { kind: 'vision' },
    ...board.horizons.map((_, index) => ({ kind: 'horizon' as const, index })),
    { kind: 'board' },
  ];
}

/** What the presenter's bar calls a slide. */
export function slideTitle(board: Pick<Board, 'horizons'>, slide: Slide): string {
  if (slide.kind === 'vision') return 'Vision';
  if (slide.kind === 'board') return 'The whole board';
  return board.horizons[slide.index]!.title;
}

/** The slide `delta` steps on from `at`, kept within the `count` slides. */
export function stepSlide(at: number, delta: number, count: number): number {
  return Math.max(0, Math.min(count - 1, at + delta));
}
