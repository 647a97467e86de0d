import { milestoneIdsIn } from './milestones';
import { shownRound } from './voting';
import { ranking } from './tally';
import type { Board, Horizon, Milestone } from './schema';

/**
 * What the partner brief opens and ends with, picked from the board: the next committed
 * steps, the open decisions and the asks. Only the choosing and the order live here; the
 * brief (brief.ts) writes them as Markdown. The board is the one the brief is made from,
 * already made for its audience, so nothing here needs to know what is internal.
 */

/** A milestone on a horizon, with the horizon it sits in. */
export interface BriefItem {
  milestone: Milestone;
  horizon: Horizon;
}

/** An idea or exploration still waiting for a decision, with the dots it has. */
export interface OpenDecision extends BriefItem {
  /** Its dots in the vote the room last saw; undefined when no vote has been shown yet. */
  dots: number | undefined;
}

/** The most asks a brief makes: a partner reads five, not fifteen. */
export const MAX_ASKS = 5;

/** How many of the nearest horizons the asks come from. */
export const ASK_HORIZONS = 2;

/** The summary's vision is one line: a longer one is cut at a word, whole in the Vision section. */
export const SUMMARY_VISION_LENGTH = 200;

interface Placed extends BriefItem {
  horizonIndex: number;
  /** Its place on the board: horizon by horizon, then down each horizon. */
  order: number;
}

/** The milestones on the given horizons in board order; the side areas (parked, achieved) left out. */
function onHorizons(board: Board, horizons: readonly Horizon[]): Placed[] {
  const placed: Placed[] = [];
  horizons.forEach((horizon, horizonIndex) => {
    for (const id of milestoneIdsIn(board, horizon.id)) {
      const milestone = board.milestones[id];
      if (milestone) placed.push({ milestone, horizon, horizonIndex, order: placed.length });
    }
  });
  return placed;
}

const item = ({ milestone, horizon }: Placed): BriefItem => ({ milestone, horizon });

/**
 * Every committed milestone on the horizons, the one to do first first: earliest target date
 * first, those with no date yet after all the dated ones; otherwise in board order.
 */
export function nextSteps(board: Board): BriefItem[] {
  return onHorizons(board, board.horizons)
    .filter((p) => p.milestone.status === 'committed')
    .sort((a, b) => {
      const dayA = a.milestone.targetDate;
      const dayB = b.milestone.targetDate;
      if (dayA !== dayB) {
        if (!dayA) return 1;
        if (!dayB) return -1;
        return dayA < dayB ? -1 : 1;
      }
      return a.order - b.order;
    })
    .map(item);
}

/** Dots per milestone in the vote the room last saw, or undefined when none has been shown. */
function shownDots(board: Board): Map<string, number> | undefined {
  const round = shownRound(board);
  if (!round) return undefined;
  return new Map(ranking(board, round).map((row) => [row.milestoneId, row.dots]));
}

/**
 * The ideas and explorations on the given horizons (all of them unless said), the biggest
 * decision first: most dots in the vote last shown, then the nearest horizon, then the most
 * likely (a confidence not set counts as least), then board order.
 */
export function openDecisions(
  board: Board,
  horizons: readonly Horizon[] = board.horizons,
): OpenDecision[] {
  const dots = shownDots(board);
  const dotsOf = (m: Milestone) => (dots ? (dots.get(m.id) ?? 0) : undefined);
  return onHorizons(board, horizons)
    .filter((p) => p.milestone.status === 'idea' || p.milestone.status === 'exploring')
    .sort(
      (a, b) =>
        (dotsOf(b.milestone) ?? 0) - (dotsOf(a.milestone) ?? 0) ||
        a.horizonIndex - b.horizonIndex ||
        (b.milestone.confidence ?? -1) - (a.milestone.confidence ?? -1) ||
        a.order - b.order,
    )
    .map((p) => ({ ...item(p), dots: dotsOf(p.milestone) }));
}

/**
 * What we ask the partner for. A board has no field for asks, so they are derived: the open
 * decisions on the nearest horizons are the ones to take with the partner now, biggest first.
 */
export function briefAsks(board: Board): OpenDecision[] {
  return openDecisions(board, board.horizons.slice(0, ASK_HORIZONS)).slice(0, MAX_ASKS);
}

/** The vision on one line, cut at a word (with "…") when it is too long for a summary. */
export function summaryVision(vision: string, max = SUMMARY_VISION_LENGTH): string {
  const line = vision.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
