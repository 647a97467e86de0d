import { placeNameOf } from './milestones';
import { chainsOf } from './path-chains';
import { chainSentence, pathWarnings } from './path-sense';
import { confidenceLabel } from './milestone-labels';
import type { Board } from './schema';

/**
 * The brief's Pathways section (issue 17): each chain, in landing order, with where each
 * step sits and how sure the team is, the chance it all lands, and where a path contradicts
 * time. Nothing when the board has no links. `line` makes user text safe for Markdown.
 */
export function pathLines(board: Board, line: (text: string) => string): string[] {
  const chains = chainsOf(board);
  if (!chains.length) return [];
  const lines = ['## Pathways', ''];
  for (const chain of chains) {
    const goal = board.milestones[chain.goal]!;
    const steps = chain.steps.map(
      (m) => `${line(m.title)} (${placeNameOf(board, m)}, ${confidenceLabel(m)})`,
    );
    lines.push(
      `- **To land ${line(goal.title)}:** ${steps.join(' → ')}. ${line(chainSentence(chain))}`,
    );
  }
  const warnings = pathWarnings(board);
  if (warnings.length) {
    lines.push('', '**Where a path contradicts time:**', '');
    for (const w of warnings)
      lines.push(`- ${line(board.milestones[w.milestoneId]?.title ?? '')}: ${line(w.text)}`);
  }
  lines.push('');
  return lines;
}
