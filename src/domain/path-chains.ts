import type { Board } from './schema';
import { chainChance, type ChainChance } from './path-sense';
import { linksOf, stepOf } from './pathways';

/**
 * The board's chains (issue 17): for each goal of a pathway (a milestone that others lead up
 * to and that leads on to nothing), everything it needs in landing order and the chance it
 * all lands. What the brief lists and the presentation walks, the longest chains first.
 */
export interface Chain extends ChainChance {
  goal: string;
}

export function chainsOf(board: Pick<Board, 'links' | 'milestones' | 'horizons'>): Chain[] {
  const links = linksOf(board);
  if (!links.length) return [];
  const opens = new Set(links.map((l) => stepOf(l).before));
  const goals = [...new Set(links.map((l) => stepOf(l).after))].filter((id) => !opens.has(id));
  const order = new Map(board.horizons.map((h, i) => [h.id, i]));
  return goals
    .map((goal) => ({ goal, ...chainChance(board, goal) }))
    .filter((chain) => chain.steps.length > 1)
    .sort(
      (a, b) =>
        b.steps.length - a.steps.length ||
        (order.get(board.milestones[a.goal]!.horizonId) ?? 0) -
          (order.get(board.milestones[b.goal]!.horizonId) ?? 0),
    );
}
