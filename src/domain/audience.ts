import type { Board, Milestone, Round, Value } from './schema';

/**
 * Who a board is made for when it leaves the browser. A board is drawn up by our team, but its
 * point is a vision shared with the partner: some futures ("we acquire the partner"), some
 * values and some notes are for our team only, marked internal.
 * - `partner`: what the partner may see. Internal items are left out, and nothing hints they
 *   existed: counts, balance, rankings and dots are those of what is left.
 * - `internal`: everything, with the internal items marked as such.
 */
export type Audience = 'partner' | 'internal';

export const AUDIENCES: readonly Audience[] = ['partner', 'internal'];

export const AUDIENCE_LABELS: Record<Audience, string> = {
  partner: 'Partner view',
  internal: 'Internal',
};

export const AUDIENCE_HINTS: Record<Audience, string> = {
  partner: 'Leaves out everything marked internal, without a trace.',
  internal: 'Everything on the board, with internal items marked. For our team only.',
};

/** How many items are internal, for a line such as "2 milestones and 1 value". Notes marked
 * internal count only when they say something: empty ones hide nothing. */
export function internalCounts(board: Pick<Board, 'milestones' | 'values'>): {
  milestones: number;
  notes: number;
  values: number;
} {
  let milestones = 0;
  let notes = 0;
  for (const m of Object.values(board.milestones)) {
    if (m.internal) milestones++;
    else if (m.notesInternal && m.notes !== '') notes++;
  }
  return { milestones, notes, values: board.values.filter((v) => v.internal).length };
}

/** Whether anything on the board is for our team only: a milestone, its notes, or a value. */
export function hasInternal(board: Pick<Board, 'milestones' | 'values'>): boolean {
  const { milestones, notes, values } = internalCounts(board);
  return milestones + notes + values > 0;
}

/** A milestone as the partner sees it: without its notes when they are internal, unmarked. */
function sharedMilestone(m: Milestone): Milestone {
  if (!m.notesInternal && m.internal === undefined) return m;
  const { internal: _internal, notesInternal, ...rest } = m;
  return notesInternal ? { ...rest, notes: '' } : rest;
}

function sharedValue(v: Value): Value {
  const { internal: _internal, ...rest } = v;
  return rest;
}

/**
 * A round with the dots and the ranking of the milestones left, so nothing counts the others.
 * A closed round's ranking also loses the cards deleted since: whether one of them was internal
 * can no longer be told, and its title is in the ranking.
 */
function sharedRound(round: Round, kept: ReadonlySet<string>): Round {
  const votes = round.votes.filter((vote) => kept.has(vote.milestoneId));
  const results = round.results?.filter((result) => kept.has(result.milestoneId));
  if (votes.length === round.votes.length && results?.length === round.results?.length)
    return round;
  return results ? { ...round, votes, results } : { ...round, votes };
}

/**
 * The board as the partner may see it: internal milestones and values left out (with the links
 * to those milestones), internal notes emptied, and the dots and rankings of what is left. Tombstones (`deleted`) are kept: they
 * name only ids of things already gone, and a merge needs them. The timeline is left out: its
 * snapshots and reasons are the team's own record, and hold what was internal then.
 */
export function partnerView(withTimeline: Board): Board {
  const { timeline: _timeline, ...board } = withTimeline;
  const marked =
    board.values.some((v) => v.internal !== undefined) ||
    Object.values(board.milestones).some(
      (m) => m.internal !== undefined || m.notesInternal !== undefined,
    );
  if (!marked && board.rounds.every((round) => !round.results))
    return withTimeline.timeline ? board : withTimeline;
  const milestones: Board['milestones'] = {};
  for (const [id, m] of Object.entries(board.milestones))
    if (!m.internal) milestones[id] = sharedMilestone(m);
  const kept = new Set(Object.keys(milestones));
  // A link to an internal milestone would name it: it goes with it.
  const links = board.links?.filter((link) => kept.has(link.from) && kept.has(link.to));
  const shared: Board = {
    ...board,
    milestones,
    values: board.values.filter((v) => !v.internal).map(sharedValue),
    rounds: board.rounds.map((round) => sharedRound(round, kept)),
  };
  if (links?.length) shared.links = links;
  else delete shared.links;
  return shared;
}

/** The board for an audience: the partner's view, or all of it. */
export const boardFor = (board: Board, audience: Audience): Board =>
  audience === 'partner' ? partnerView(board) : board;
