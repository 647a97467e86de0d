import {
  diffBoards,
  diffSummary,
  readMilestones,
  type BoardDiff,
  type MilestoneReading,
} from './board-diff';
import { entriesBetween, type LogEntry, type LoggedChange } from './decision-log';
import { placeName } from './milestones';
import { MILESTONE_STATUS_LABELS } from './ladder';
import { boardAt } from './snapshots';
import { timelineOf } from './timeline';
import type { Board, Snapshot } from './schema';

/**
 * Then versus now for a board's timeline: any two moments (two snapshots, or a snapshot and
 * the board as it is) compared, in the words a quarterly review uses, with the reasons the
 * decision log gives for what moved in between. Pure.
 */

/** A moment of a board: one of its snapshots, or the board now. */
export const NOW = 'now';

export interface Moment {
  /** A snapshot's id, or NOW. */
  id: string;
  /** "January workshop", or "Now". */
  name: string;
  /** When: the snapshot's time; for now, undefined. */
  at: string | undefined;
  board: Board;
}

/** The moment `id` of `board`; undefined for a snapshot it no longer has. */
export function momentOf(board: Board, id: string): Moment | undefined {
  if (id === NOW) {
    const { timeline: _timeline, ...now } = board;
    return { id: NOW, name: 'Now', at: undefined, board: now };
  }
  const snapshot: Snapshot | undefined = timelineOf(board).snapshots.find((s) => s.id === id);
  const then = snapshot && boardAt(timelineOf(board), id);
  return snapshot && then
    ? { id, name: snapshot.name, at: snapshot.takenAt, board: then }
    : undefined;
}

export interface Comparison {
  from: Moment;
  to: Moment;
  diff: BoardDiff;
  milestones: MilestoneReading;
  /** "3 moved later, 2 new, confidence down on 4", or "No changes". */
  summary: string;
  /** The decision log between the two moments, oldest first. */
  reasons: LogEntry[];
  /** The reasons by milestone, for its card. */
  reasonsFor: ReadonlyMap<string, LogEntry[]>;
}

/** Compares two moments of `board`; the earlier is always `from`. */
export function compareMoments(board: Board, a: Moment, b: Moment): Comparison {
  const [from, to] = a.at !== undefined && (b.at === undefined || a.at <= b.at) ? [a, b] : [b, a];
  return comparison(from, to, entriesBetween(timelineOf(board).log, from.at, to.at));
}

/**
 * A scenario now against its main board, or against another scenario of it: the same reading
 * as then versus now, with no reasons (a scenario is weighed, not decided).
 */
export function compareScenario(base: Board, scenario: Board): Comparison {
  const nameOf = (b: Board) => (b.scenario ? `“${b.scenario.name}”` : 'the main board');
  const { timeline: _a, ...plan } = base;
  const { timeline: _b, ...alternative } = scenario;
  return comparison(
    { id: base.id, name: nameOf(base), at: undefined, board: plan },
    { id: scenario.id, name: nameOf(scenario), at: undefined, board: alternative },
    [],
  );
}

function comparison(from: Moment, to: Moment, reasons: LogEntry[]): Comparison {
  const diff = diffBoards(from.board, to.board);
  const reasonsFor = new Map<string, LogEntry[]>();
  for (const entry of reasons)
    reasonsFor.set(entry.milestoneId, [...(reasonsFor.get(entry.milestoneId) ?? []), entry]);
  return {
    from,
    to,
    diff,
    milestones: readMilestones(diff, from.board, to.board),
    summary: diffSummary(diff, from.board, to.board),
    reasons,
    reasonsFor,
  };
}

const percent = (value: number | undefined) => (value === undefined ? 'not set' : `${value} %`);

/** One logged change in words: "Next → Later", "confidence 60 % → 30 %", "Exploring → Committed". */
export function changeWords(change: LoggedChange, ...boards: readonly Board[]): string {
  switch (change.kind) {
    case 'place':
      return `${placeName(change.from, ...boards)} → ${placeName(change.to, ...boards)}`;
    case 'status':
      return `${MILESTONE_STATUS_LABELS[change.from]} → ${MILESTONE_STATUS_LABELS[change.to]}`;
    case 'confidence':
      return `confidence ${percent(change.from)} → ${percent(change.to)}`;
  }
}
