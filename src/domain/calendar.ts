import { horizonForDate, inSpan, spanDays } from './horizon-span';
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
