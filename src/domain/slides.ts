import type { Board } from './schema';
import { chainsOf } from './path-chains';

/**
 * What a presentation shows, in order: the vision, what changed since the latest snapshot
 * (when the board keeps one), each horizon in turn, the whole board, then each pathway's
 * chain walked one step per slide (`step` is how many of its steps show), the longest first.
 */
export type Slide =
  | { kind: 'vision' }
  | { kind: 'changes' }
  | { kind: 'horizon'; index: number }
  | { kind: 'board' }
  | { kind: 'path'; goal: string; step: number; of: number };

/** At most this many chains are walked: a board of many links would otherwise never end. */
export const PRESENTED_CHAINS = 5;

export function slidesOf(
  board: Pick<Board, 'horizons' | 'timeline' | 'links' | 'milestones'>,
): Slide[] {
  const walks = chainsOf(board)
    .slice(0, PRESENTED_CHAINS)
    .flatMap(({ goal, steps }) =>
      steps.map((_, i) => ({ kind: 'path' as const, goal, step: i + 1, of: steps.length })),
    );
  return [
    { kind: 'vision' },
    ...(board.timeline?.snapshots.length ? [{ kind: 'changes' as const }] : []),
    ...board.horizons.map((_, index) => ({ kind: 'horizon' as const, index })),
    { kind: 'board' },
    ...walks,
  ];
}

/** What the presenter's bar calls a slide. */
export function slideTitle(board: Pick<Board, 'horizons' | 'milestones'>, slide: Slide): string {
  if (slide.kind === 'vision') return 'Vision';
  if (slide.kind === 'path')
    return `Path to ${board.milestones[slide.goal]?.title ?? 'a milestone'}, step ${slide.step} of ${slide.of}`;
  if (slide.kind === 'changes') return 'What changed';
  if (slide.kind === 'board') return 'The whole board';
  return board.horizons[slide.index]!.title;
}

/** The slide `delta` steps on from `at`, kept within the `count` slides. */
export function stepSlide(at: number, delta: number, count: number): number {
  return Math.max(0, Math.min(count - 1, at + delta));
}

/** What a key does while presenting. */
export type SlideKeyAction =
  { kind: 'scroll'; direction: 1 | -1 } | { kind: 'step'; delta: number } | { kind: 'close' };

/** Whether the slide on screen has more of it below, or above, what is in view. */
export interface SlideOverflow {
  below: boolean;
  above: boolean;
}

const FORWARD = ['PageDown', 'ArrowDown', ' '];
const BACKWARD = ['PageUp', 'ArrowUp'];

/**
 * The presenter's keys. A clicker sends Page Down and Page Up, so those (and Space and the
 * up and down arrows) first scroll a slide too long for the screen, a screenful at a time,
 * and move to the next or previous slide only from its end or its top: nothing is skipped
 * unseen. The left and right arrows always change slide; Home and End go to the first and
 * last; Escape stops presenting.
 */
export function slideKeyAction(
  key: string,
  shift: boolean,
  overflow: SlideOverflow,
): SlideKeyAction | null {
  if (key === 'Escape') return { kind: 'close' };
  if (key === 'ArrowRight') return { kind: 'step', delta: 1 };
  if (key === 'ArrowLeft') return { kind: 'step', delta: -1 };
  if (key === 'Home') return { kind: 'step', delta: -Infinity };
  if (key === 'End') return { kind: 'step', delta: Infinity };
  const forward = FORWARD.includes(key) && !(key === ' ' && shift);
  const backward = BACKWARD.includes(key) || (key === ' ' && shift);
  if (forward)
    return overflow.below ? { kind: 'scroll', direction: 1 } : { kind: 'step', delta: 1 };
  if (backward)
    return overflow.above ? { kind: 'scroll', direction: -1 } : { kind: 'step', delta: -1 };
  return null;
}

/**
 * The largest scale between `min` and `max` at which content fits in `room`, found by
 * halving; `heightAt(scale)` lays the content out at that scale and says how tall it is on
 * screen, and grows with the scale. Null when it does not fit even at `min`.
 */
export function fittingScale(
  heightAt: (scale: number) => number,
  room: number,
  { min, max, steps = 10 }: { min: number; max: number; steps?: number },
): number | null {
  if (heightAt(max) <= room) return max;
  if (heightAt(min) > room) return null;
  let fits = min;
  let tooBig = max;
  for (let i = 0; i < steps; i++) {
    const middle = (fits + tooBig) / 2;
    if (heightAt(middle) <= room) fits = middle;
    else tooBig = middle;
  }
  return fits;
}
