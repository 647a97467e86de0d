import type { Board, Participant, Round, Vote } from './schema';

export interface Tally {
  total: number;
  /** Dots per participant id, in the order participants are listed. */
  byParticipant: Map<string, number>;
}

/** Dots per milestone in a round, counting only milestones still on the board. */
export function tally(
  board: Pick<Board, 'milestones' | 'participants'>,
  round: Round,
): Map<string, Tally> {
  return countVotes(
    round.votes.filter((v) => Object.hasOwn(board.milestones, v.milestoneId)),
    board.participants,
  );
}

/** Dots per milestone, each split by participant in the order participants are listed. */
export function countVotes(
  votes: readonly Vote[],
  participants: readonly Pick<Participant, 'id'>[],
): Map<string, Tally> {
  const order = new Map(participants.map((p, i) => [p.id, i]));
  const result = new Map<string, Tally>();
  for (const vote of votes) {
    let entry = result.get(vote.milestoneId);
    if (!entry) result.set(vote.milestoneId, (entry = { total: 0, byParticipant: new Map() }));
    entry.total += 1;
    entry.byParticipant.set(
      vote.participantId,
      (entry.byParticipant.get(vote.participantId) ?? 0) + 1,
    );
  }
  for (const entry of result.values()) {
    entry.byParticipant = new Map(
      [...entry.byParticipant].sort(
        ([a], [b]) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity),
      ),
    );
  }
  return result;
}

export interface RankedMilestone {
  milestoneId: string;
  title: string;
  dots: number;
  /** 1 for the most dots; milestones with equal dots share a rank. */
  rank: number;
}

/** Milestones with at least one dot, most dots first; ties in title order. */
export function ranking(
  board: Pick<Board, 'milestones' | 'participants'>,
  round: Round,
): RankedMilestone[] {
  if (round.closedAt && round.results) {
    return withRanks(round.results.map((r) => ({ ...r, rank: 0 })));
  }
  const rows = [...tally(board, round)].map(([milestoneId, t]) => ({
    milestoneId,
    title: board.milestones[milestoneId]!.title,
    dots: t.total,
    rank: 0,
  }));
  rows.sort((a, b) => b.dots - a.dots || a.title.localeCompare(b.title));
  return withRanks(rows);
}

function withRanks(rows: RankedMilestone[]): RankedMilestone[] {
  let rank = 0;
  return rows.map((row, i) => {
    if (i === 0 || row.dots !== rows[i - 1]!.dots) rank = i + 1;
    return { ...row, rank };
  });
}
