import { LIMITS, type Board, type Participant, type Round } from './schema';
import { PARTICIPANT_COLORS } from './workshop-terms';
import { newId } from './ids';
import { ranking, type RankedMilestone } from './tally';
import { done, refuse, type Outcome } from './result';

/**
 * Participants and dot voting. A round gives each participant a number of dots to place on
 * milestones (several on one card if they like); dots may stay hidden until the facilitator
 * reveals them; a closed round keeps its ranking in the board's history.
 */

export const DEFAULT_DOTS = 3;

type Now = { now?: string };

/** "Ana María López" → "AL"; "prince" → "PR". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return '?';
  const first = [...words[0]!];
  const last = words.length > 1 ? [...words.at(-1)!] : [];
  const letters = last.length ? [first[0], last[0]] : first.slice(0, 2);
  return letters.join('').toLocaleUpperCase();
}

export function addParticipant(
  board: Board,
  name: string,
  { id = newId(), now = new Date().toISOString() }: { id?: string } & Now = {},
): Outcome {
  const clean = name.trim().replace(/\s+/g, ' ').slice(0, LIMITS.participantName);
  if (!clean) return refuse('participant-needs-name', 'Enter a name.');
  if (board.participants.length >= LIMITS.participants)
    return refuse(
      'too-many-participants',
      `A workshop has at most ${LIMITS.participants} participants. Remove one before adding another.`,
    );
  if (board.participants.some((p) => p.name.toLocaleLowerCase() === clean.toLocaleLowerCase()))
    return refuse('participant-already-in', `${clean} is already taking part.`);
  // The first colour nobody has yet; after all eight, they repeat in order.
  const taken = new Set(board.participants.map((p) => p.color));
  const color =
    PARTICIPANT_COLORS.find((c) => !taken.has(c)) ??
    PARTICIPANT_COLORS[board.participants.length % PARTICIPANT_COLORS.length]!;
  const participant: Participant = { id, name: clean, initials: initialsOf(clean), color };
  return done({ ...board, participants: [...board.participants, participant], updatedAt: now });
}

export function removeParticipant(board: Board, id: string, now = new Date().toISOString()): Board {
  if (!board.participants.some((p) => p.id === id)) return board;
  const open = openRound(board);
  return {
    ...board,
    participants: board.participants.filter((p) => p.id !== id),
    // Their dots leave the open round with them; closed rounds keep their results.
    rounds: open
      ? replaceRound(board.rounds, {
          ...open,
          votes: open.votes.filter((v) => v.participantId !== id),
        })
      : board.rounds,
    updatedAt: now,
  };
}

/** The latest round whose dots the room has seen: the open one once revealed, else the last closed. */
export function shownRound(board: Pick<Board, 'rounds'>): Round | undefined {
  const last = board.rounds.at(-1);
  if (!last) return undefined;
  if (!last.closedAt) return last.revealed ? last : board.rounds.at(-2);
  return last;
}

/**
 * The vote result on show: the round the room last saw and its milestones with dots, most
 * first. Undefined when no round has been shown or nobody placed a dot in it. What every way
 * out of the browser (brief, slides, image, print) reports as the vote.
 */
export function shownResult(
  board: Pick<Board, 'rounds' | 'milestones' | 'participants'>,
): { round: Round; ranked: RankedMilestone[] } | undefined {
  const round = shownRound(board);
  const ranked = round ? ranking(board, round) : [];
  return round && ranked.length ? { round, ranked } : undefined;
}

/** The round being voted in, if any: the last one not yet closed. */
export function openRound(board: Pick<Board, 'rounds'>): Round | undefined {
  const last = board.rounds.at(-1);
  return last && !last.closedAt ? last : undefined;
}

export interface SettledRounds {
  rounds: Round[];
  /** Rounds that lost dots which could not count, and how many each lost. */
  dropped: { round: Round; count: number }[];
  /** Rounds that were open although a later one had started, now closed. */
  closed: Round[];
}

/**
 * Rounds as the app keeps them, whatever came in (a file, a merge of two copies): only the
 * last round may be open; dots only from people still taking part, never more than a round
 * allows each, and in the open round only on cards still on the board (a closed round keeps
 * its dots: its results are history). The same array when nothing needed settling.
 */
export function settleRounds(
  rounds: Round[],
  participantIds: ReadonlySet<string>,
  milestones: Board['milestones'],
): SettledRounds {
  const dropped: SettledRounds['dropped'] = [];
  const closed: Round[] = [];
  let changed = false;
  const settled = rounds.map((round, i) => {
    const open = !round.closedAt;
    const placed = new Map<string, number>();
    const votes = round.votes.filter((v) => {
      if (!participantIds.has(v.participantId)) return false;
      if (open && !Object.hasOwn(milestones, v.milestoneId)) return false;
      const count = (placed.get(v.participantId) ?? 0) + 1;
      placed.set(v.participantId, count);
      return count <= round.dots;
    });
    const closing = open && i < rounds.length - 1;
    if (votes.length === round.votes.length && !closing) return round;
    changed = true;
    const next: Round = { ...round, votes };
    if (votes.length < round.votes.length)
      dropped.push({ round, count: round.votes.length - votes.length });
    if (closing) {
      next.closedAt = round.startedAt;
      closed.push(round);
    }
    return next;
  });
  return { rounds: changed ? settled : rounds, dropped, closed };
}

function replaceRound(rounds: readonly Round[], round: Round): Round[] {
  return rounds.map((r) => (r.id === round.id ? round : r));
}

export function startRound(
  board: Board,
  {
    dots = DEFAULT_DOTS,
    hidden = false,
    title,
  }: { dots?: number; hidden?: boolean; title?: string },
  { id = newId(), now = new Date().toISOString() }: { id?: string } & Now = {},
): Outcome {
  if (openRound(board)) return refuse('round-already-open', 'Close the current round first.');
  if (!board.participants.length)
    return refuse('no-participants', 'Add the participants before starting a vote.');
  if (!Number.isInteger(dots) || dots < 1 || dots > LIMITS.dots)
    return refuse('dots-out-of-range', `Give each participant 1 to ${LIMITS.dots} dots.`);
  const round: Round = {
    id,
    title: title?.trim().slice(0, LIMITS.roundTitle) || `Round ${board.rounds.length + 1}`,
    dots,
    hidden,
    revealed: !hidden,
    votes: [],
    startedAt: now,
  };
  // The oldest closed rounds give way when the history is full.
  const rounds = [...board.rounds, round].slice(-LIMITS.rounds);
  return done({ ...board, rounds, updatedAt: now });
}

/** Dots a participant has placed in a round on milestones still on the board. */
export function dotsPlaced(board: Board, round: Round, participantId: string): number {
  return round.votes.filter(
    (v) => v.participantId === participantId && Object.hasOwn(board.milestones, v.milestoneId),
  ).length;
}

export function castVote(
  board: Board,
  participantId: string,
  milestoneId: string,
  now = new Date().toISOString(),
): Outcome {
  const round = openRound(board);
  if (!round) return refuse('no-open-round', 'No vote is open.');
  const participant = board.participants.find((p) => p.id === participantId);
  if (!participant) return refuse('no-voter', 'Choose who is voting first.');
  if (!Object.hasOwn(board.milestones, milestoneId))
    return refuse('milestone-gone', 'That milestone is no longer on the board.');
  if (dotsPlaced(board, round, participantId) >= round.dots)
    return refuse(
      'dots-used-up',
      round.dots === 1
        ? `${participant.name} has placed their one dot. Take it back to move it.`
        : `${participant.name} has placed all ${round.dots} dots. Take one back to move it.`,
    );
  const next = { ...round, votes: [...round.votes, { participantId, milestoneId }] };
  return done({ ...board, rounds: replaceRound(board.rounds, next), updatedAt: now });
}

/** Takes back one of a participant's dots from a milestone; the same board when there is none. */
export function removeVote(
  board: Board,
  participantId: string,
  milestoneId: string,
  now = new Date().toISOString(),
): Board {
  const round = openRound(board);
  if (!round) return board;
  const at = round.votes.findLastIndex(
    (v) => v.participantId === participantId && v.milestoneId === milestoneId,
  );
  if (at < 0) return board;
  const next = { ...round, votes: round.votes.toSpliced(at, 1) };
  return { ...board, rounds: replaceRound(board.rounds, next), updatedAt: now };
}

function updateOpenRound(board: Board, patch: Partial<Round>, now: string): Board {
  const round = openRound(board);
  if (!round) return board;
  return { ...board, rounds: replaceRound(board.rounds, { ...round, ...patch }), updatedAt: now };
}

export function revealRound(board: Board, now = new Date().toISOString()): Board {
  const round = openRound(board);
  return !round || round.revealed ? board : updateOpenRound(board, { revealed: true }, now);
}

/** Clears every dot of the open round; a hidden round hides again. */
export function resetRound(board: Board, now = new Date().toISOString()): Board {
  const round = openRound(board);
  if (!round || (!round.votes.length && round.revealed === !round.hidden)) return board;
  return updateOpenRound(board, { votes: [], revealed: !round.hidden }, now);
}

/** Ends the open round, keeping its ranking so the history outlives later edits. */
export function closeRound(board: Board, now = new Date().toISOString()): Board {
  const round = openRound(board);
  if (!round) return board;
  const results = ranking(board, round).map(({ milestoneId, title, dots }) => ({
    milestoneId,
    title,
    dots,
  }));
  return updateOpenRound(board, { revealed: true, closedAt: now, results }, now);
}
