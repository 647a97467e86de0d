import { LIMITS, type Board, type Partner } from './schema';
import { PARTNERSHIP_KINDS, type PartnershipKind } from './ladder';
import { emptyBoard } from './empty-board';
import { addMilestone } from './milestones';
import { STARTER_MILESTONES, endOfMonthAfter } from './template';
import { newId } from './ids';
import { done, refuse, type Outcome } from './result';

export type BoardTemplate = 'empty' | 'starter';

export interface NewBoardInput {
  title: string;
  partnerName?: string;
  /** What the partnership is today: referral, reseller… none, one or several. */
  kinds?: readonly PartnershipKind[];
  template?: BoardTemplate;
}

const trimTitle = (title: string) => title.trim().slice(0, LIMITS.boardTitle);

/** A new board's name. Its form never lets an empty one through, so one here is a bug. */
function cleanBoardTitle(title: string): string {
  const clean = trimTitle(title);
  if (!clean) throw new Error('A board needs a name');
  return clean;
}

/** A new board: the empty board with its name and partner; the starter template adds one
 * card per rung. */
export function createBoard(
  { title, partnerName = '', kinds = [], template = 'empty' }: NewBoardInput,
  { id = newId(), now = new Date().toISOString() }: { id?: string; now?: string } = {},
): Board {
  const empty = emptyBoard({ id, now });
  let board: Board = {
    ...empty,
    title: cleanBoardTitle(title),
    partner: {
      ...empty.partner,
      name: partnerName.trim().slice(0, LIMITS.partnerName),
      kinds: PARTNERSHIP_KINDS.filter((kind) => kinds.includes(kind)),
    },
  };
  if (template === 'starter') {
    for (const example of STARTER_MILESTONES) {
      const horizon = board.horizons[example.horizonIndex]!;
      const targetDate =
        example.dueInMonths === undefined ? undefined : endOfMonthAfter(now, example.dueInMonths);
      board = addMilestone(
        board,
        horizon.id,
        { ...example.draft, targetDate },
        {
          now,
          example: true,
        },
      );
    }
    board = {
      ...board,
      vision:
        board.vision ||
        'Together we become the obvious choice for our shared customers: first by sending each other business, then by building one product experience.',
    };
  }
  return board;
}

/** Renames a board; the same board when the name does not change. */
export function renameBoard(board: Board, title: string, now = new Date().toISOString()): Outcome {
  const clean = trimTitle(title);
  if (!clean) return refuse('board-needs-name', 'Give the board a name, e.g. the partner’s.');
  return done(clean === board.title ? board : { ...board, title: clean, updatedAt: now });
}

export function updatePartner(
  board: Board,
  patch: Partial<Partner>,
  now = new Date().toISOString(),
): Board {
  const partner: Partner = {
    name: (patch.name ?? board.partner.name).trim().slice(0, LIMITS.partnerName),
    kinds: patch.kinds ? [...new Set(patch.kinds)] : board.partner.kinds,
    notes: (patch.notes ?? board.partner.notes).slice(0, LIMITS.notes),
  };
  const same =
    partner.name === board.partner.name &&
    partner.notes === board.partner.notes &&
    partner.kinds.join() === board.partner.kinds.join();
  return same ? board : { ...board, partner, updatedAt: now };
}

export function setVision(board: Board, vision: string, now = new Date().toISOString()): Board {
  return updateVision(board, { vision }, now);
}

/** The vision panel's fields: the statement, why it matters to each side, who agreed and when. */
export type VisionFields = Pick<Board, 'vision' | 'whyUs' | 'whyThem' | 'agreedBy' | 'agreedOn'>;

export function updateVision(
  board: Board,
  patch: Partial<VisionFields>,
  now = new Date().toISOString(),
): Board {
  const next: VisionFields = {
    vision: (patch.vision ?? board.vision).slice(0, LIMITS.vision),
    whyUs: (patch.whyUs ?? board.whyUs).slice(0, LIMITS.why),
    whyThem: (patch.whyThem ?? board.whyThem).slice(0, LIMITS.why),
    agreedBy: (patch.agreedBy ?? board.agreedBy).trim().slice(0, LIMITS.agreedBy),
    agreedOn: 'agreedOn' in patch ? patch.agreedOn || undefined : board.agreedOn,
  };
  const changed = (Object.keys(next) as (keyof VisionFields)[]).some(
    (key) => next[key] !== board[key],
  );
  if (!changed) return board;
  const updated: Board = { ...board, ...next, updatedAt: now };
  if (!updated.agreedOn) delete updated.agreedOn;
  return updated;
}

/** A full copy under a new id; horizons and milestones get new ids so the two never mix. */
export function duplicateBoard(
  board: Board,
  {
    id = newId(),
    now = new Date().toISOString(),
    title,
  }: { id?: string; now?: string; title?: string } = {},
): Board {
  const horizonIds = new Map(board.horizons.map((h) => [h.id, newId()]));
  const milestones: Board['milestones'] = {};
  const milestoneIds = new Map<string, string>();
  for (const m of Object.values(board.milestones)) {
    const mid = newId();
    milestoneIds.set(m.id, mid);
    milestones[mid] = {
      ...m,
      id: mid,
      horizonId: horizonIds.get(m.horizonId) ?? m.horizonId,
      tags: [...m.tags],
    };
  }
  // Votes follow their cards to the new ids; results of closed rounds keep their titles.
  const rounds = board.rounds.map((round) => ({
    ...round,
    votes: round.votes.flatMap((v) => {
      const milestoneId = milestoneIds.get(v.milestoneId);
      return milestoneId ? [{ ...v, milestoneId }] : [];
    }),
    ...(round.results && {
      results: round.results.map((r) => ({
        ...r,
        milestoneId: milestoneIds.get(r.milestoneId) ?? r.milestoneId,
      })),
    }),
  }));
  // A duplicate starts its own history: no tombstones of ids it does not use, no origin, no
  // snapshots or decision log (they name the original's ids).
  const { deleted: _deleted, basedOn: _basedOn, timeline: _timeline, ...rest } = board;
  return {
    ...rest,
    id,
    title: cleanBoardTitle(title ?? `${board.title} (copy)`),
    partner: { ...board.partner, kinds: [...board.partner.kinds] },
    horizons: board.horizons.map((h) => ({ ...h, id: horizonIds.get(h.id)! })),
    milestones,
    values: board.values.map((v) => ({ ...v })),
    participants: board.participants.map((p) => ({ ...p })),
    rounds,
    createdAt: now,
    updatedAt: now,
  };
}

/** Boards whose title or partner name contains every word of the query, case-insensitively. */
export function matchesQuery(board: Pick<Board, 'title' | 'partner'>, query: string): boolean {
  const haystack = `${board.title} ${board.partner.name}`.toLocaleLowerCase();
  return query
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
