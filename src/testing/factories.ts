import { createBoard } from '../domain/boards';
import { EMPTY_DRAFT, addMilestone } from '../domain/milestones';
import type { Board, Milestone } from '../domain/schema';
import type { Outcome } from '../domain/result';

/** A fixed clock, so boards made in tests compare equal run after run. */
export const T0 = '2026-01-01T00:00:00.000Z';
export const T1 = '2026-02-01T00:00:00.000Z';

/** A board with the four default horizons; `cards` adds milestones per horizon index. */
export function makeBoard(
  cards: Record<number, string[]> = {},
  { id = 'board-1', title = 'Acme' }: { id?: string; title?: string } = {},
): Board {
  let board = createBoard({ title, partnerName: title }, { id, now: T0 });
  board = { ...board, horizons: board.horizons.map((h, i) => ({ ...h, id: `h${i}` })) };
  for (const [index, titles] of Object.entries(cards)) {
    for (const cardTitle of titles) {
      board = addMilestone(
        board,
        `h${index}`,
        { title: cardTitle },
        { id: slug(cardTitle), now: T0 },
      );
    }
  }
  return board;
}

/** The board an edit gave, for a test that builds a board step by step: a refusal fails it. */
export function applied(outcome: Outcome): Board {
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.board;
}

export function makeMilestone(overrides: Partial<Milestone> = {}): Milestone {
  return {
    ...EMPTY_DRAFT,
    id: 'm1',
    horizonId: 'h0',
    position: 0,
    title: 'Swap leads',
    type: 'leads',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/** Freezes a value all the way down, so an operation that mutates its input throws. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
