import { deleteMilestone } from './milestones';
import type { Board } from './schema';

/**
 * The starter template's example milestones: they show a newcomer how a board reads, and go
 * in one step once the team starts on its own. An example stays one until its title is
 * edited (milestones.ts): then it is the team's, and clearing examples leaves it alone.
 */

/** The ids of the milestones still marked as examples, wherever they sit. */
export function exampleIds(board: Pick<Board, 'milestones'>): string[] {
  return Object.values(board.milestones)
    .filter((m) => m.example)
    .map((m) => m.id);
}

/** Deletes every example as one new board (one undo step); the same board when none is left. */
export function clearExamples(board: Board, now = new Date().toISOString()): Board {
  return exampleIds(board).reduce((next, id) => deleteMilestone(next, id, now), board);
}

const counts = new WeakMap<Board['milestones'], number>();

/** How many examples a board holds; counted once per milestones object, as every store
 * change asks again. */
export function exampleCount(board: Pick<Board, 'milestones'>): number {
  let count = counts.get(board.milestones);
  if (count === undefined) counts.set(board.milestones, (count = exampleIds(board).length));
  return count;
}
