import { addMonths, horizonForDate, inSpan, spanDays } from './horizon-span';
import { milestoneIdsIn, moveMilestone } from './milestones';
import type { Board, Horizon, Milestone } from './schema';

/**
 * The board on the calendar: the day its relative horizons count from, and where a dated
 * milestone belongs. Pure.
 */

/** The day "0–6 months" counts from: the board's anchor, or the day it was made. */
export const anchorOf = (board: Pick<Board, 'anchor' | 'createdAt'>): string =>
  board.anchor ?? board.createdAt.slice(0, 10);

/**
 * Where a dated milestone's date says it belongs, when that is not the horizon it sits in:
 * `belongsIn` the horizon whose span holds the date (undefined when none does: the date is
 * before the first or past the last). Undefined when the card is where its date says, has no
 * date, sits in a side area, or its horizon has no span to go by.
 */
export function misplaced(
  board: Pick<Board, 'anchor' | 'createdAt' | 'horizons'>,
  milestone: Pick<Milestone, 'targetDate' | 'horizonId' | 'status'>,
): { horizon: Horizon; belongsIn: Horizon | undefined } | undefined {
  const date = milestone.targetDate;
  if (!date || milestone.status === 'achieved' || milestone.status === 'dropped') return undefined;
  const horizon = board.horizons.find((h) => h.id === milestone.horizonId);
  if (!horizon?.span) return undefined;
  const anchor = anchorOf(board);
  if (inSpan(date, horizon.span, anchor)) return undefined;
  return { horizon, belongsIn: horizonForDate(board.horizons, anchor, date) };
}

/** The horizon to offer a milestone dated `date`, undefined when no horizon's span holds it. */
export const horizonOffered = (
  board: Pick<Board, 'anchor' | 'createdAt' | 'horizons'>,
  date: string,
): Horizon | undefined => horizonForDate(board.horizons, anchorOf(board), date);

/** A horizon's days on this board's calendar, for a tooltip: "1 Jun 2027 – 30 Nov 2028". */
export const horizonDays = (
  board: Pick<Board, 'anchor' | 'createdAt'>,
  horizon: Pick<Horizon, 'span'>,
): { from: string; to: string | null } | undefined =>
  horizon.span ? spanDays(horizon.span, anchorOf(board)) : undefined;

/** Why a milestone's date does not fit its horizon, in words; undefined when it fits. */
export function dateFlag(
  board: Pick<Board, 'anchor' | 'createdAt' | 'horizons'>,
  milestone: Pick<Milestone, 'targetDate' | 'horizonId' | 'status'>,
): string | undefined {
  const off = misplaced(board, milestone);
  if (!off) return undefined;
  return off.belongsIn
    ? `Its date falls in ${off.belongsIn.title}, not ${off.horizon.title}`
    : `Its date is outside every horizon`;
}

/**
 * The board with its horizons rolled on by `months` (a quarter by default): relative
 * horizons count from an anchor that many months later, so "Now" covers the next six months
 * from then. What now sits outside its horizon is `misplaced`, to show and to move.
 */
export function rollHorizons(board: Board, months = 3): Board {
  return { ...board, anchor: addMonths(anchorOf(board), months) };
}

/** Every dated milestone on a horizon whose span does not hold its date, in board order. */
export function misplacedMilestones(
  board: Board,
): { milestone: Milestone; horizon: Horizon; belongsIn: Horizon | undefined }[] {
  return Object.values(board.milestones).flatMap((milestone) => {
    const off = misplaced(board, milestone);
    return off ? [{ milestone, ...off }] : [];
  });
}

/**
 * The board with each misplaced milestone (all of them, or those of `ids`) moved to the end
 * of the horizon its date falls in; one with no such horizon stays where it is.
 */
export function placeByDate(
  board: Board,
  ids?: ReadonlySet<string>,
  now = new Date().toISOString(),
): Board {
  let placed = board;
  for (const { milestone, belongsIn } of misplacedMilestones(board)) {
    if (!belongsIn || (ids && !ids.has(milestone.id))) continue;
    const end = milestoneIdsIn(placed, belongsIn.id).length;
    placed = moveMilestone(placed, milestone.id, belongsIn.id, end, now);
  }
  return placed;
}
