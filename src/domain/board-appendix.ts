import { SIDE_AREAS, milestoneIdsIn } from './milestones';
import type { Board, Milestone, Value } from './schema';
import type { RankedMilestone } from './tally';
import { alignmentSummary, type AlignmentSummary } from './values';
import { shownResult } from './voting';

/** A milestone whose notes say something, and where it stands: its horizon or side area. */
export interface NotedMilestone {
  milestone: Milestone;
  place: string;
}

/**
 * What a board holds beyond its cards, for the page printed after it: the values of both
 * sides and how far they are shared, the ranking of the latest vote the room has seen, and
 * every milestone's notes. Each part is left out when it is empty; all of it, when all are.
 */
export interface BoardAppendix {
  values: { ours: Value[]; theirs: Value[]; summary: AlignmentSummary } | null;
  /** Each ranked milestone says whether it is internal, while it is still on the board. */
  vote: { title: string; ranked: (RankedMilestone & { internal: boolean })[] } | null;
  notes: NotedMilestone[];
}

/** The notes, in the order a reader meets the cards: horizon by horizon, then the side areas. */
function notedMilestones(board: Board): NotedMilestone[] {
  const places = [
    ...board.horizons.map((h) => ({ id: h.id, title: h.title })),
    ...SIDE_AREAS.map((area) => ({ id: area.id, title: area.title })),
  ];
  return places.flatMap(({ id, title }) =>
    milestoneIdsIn(board, id)
      .map((milestoneId) => board.milestones[milestoneId]!)
      .filter((m) => m.notes.trim() !== '')
      .map((milestone) => ({ milestone, place: title })),
  );
}

/**
 * The appendix of `board` as its audience may see it: pass the board through `boardFor`
 * (audience.ts) first, and the partner's copy holds no internal value, note or dot. Only rounds
 * the room has seen count (`shownRound`): hidden dots stay hidden on paper too.
 */
export function boardAppendix(board: Board): BoardAppendix | null {
  const values = board.values.length
    ? {
        ours: board.values.filter((v) => v.side === 'ours'),
        theirs: board.values.filter((v) => v.side === 'theirs'),
        summary: alignmentSummary(board.values),
      }
    : null;
  const result = shownResult(board);
  const vote = result
    ? {
        title: result.round.title,
        ranked: result.ranked.map((row) => ({
          ...row,
          internal: board.milestones[row.milestoneId]?.internal === true,
        })),
      }
    : null;
  const notes = notedMilestones(board);
  return values || vote || notes.length ? { values, vote, notes } : null;
}
