import { containerOf } from './milestones';
import { LIMITS, type Board, type LogEntry, type LoggedChange, type Milestone } from './schema';

export type { LogEntry, LoggedChange } from './schema';

/**
 * The decision log: why a future moved. When a milestone changes horizon, status, or its
 * confidence by CONFIDENCE_STEP points or more, the app offers (never forces) one line of
 * "why"; the change is logged either way, so each milestone keeps its history and a later
 * session can ask "what changed since last time, and why?". Pure.
 */

/** A change of confidence smaller than this is not worth asking about. */
export const CONFIDENCE_STEP = 20;

/** The changes of a milestone a team would want a reason for; none for the same card. */
export function changesWorthAsking(before: Milestone, after: Milestone): LoggedChange[] {
  const changes: LoggedChange[] = [];
  const [from, to] = [containerOf(before), containerOf(after)];
  if (from !== to) changes.push({ kind: 'place', from, to });
  // A move to or from a side area changes the status: told once, as the move.
  else if (before.status !== after.status)
    changes.push({ kind: 'status', from: before.status, to: after.status });
  const [a, b] = [before.confidence, after.confidence];
  // Saying how likely for the first time, or clearing it, is no change of belief.
  if (a !== undefined && b !== undefined && Math.abs(a - b) >= CONFIDENCE_STEP)
    changes.push({ kind: 'confidence', from: a, to: b });
  return changes;
}

/** The log entry for an edit of a milestone, or undefined when nothing in it is worth asking about. */
export function entryFor(
  before: Milestone,
  after: Milestone,
  { id, at, snapshotId }: { id: string; at: string; snapshotId?: string },
): LogEntry | undefined {
  const changes = changesWorthAsking(before, after);
  if (!changes.length) return undefined;
  return {
    id,
    milestoneId: after.id,
    title: after.title,
    at,
    changes,
    why: '',
    ...(snapshotId ? { snapshotId } : {}),
  };
}

/** The entry with its why written (or rewritten) at `at`; the same entry for the same why. */
export function withWhy(entry: LogEntry, why: string, at: string): LogEntry {
  const clean = why.trim().replace(/\s+/g, ' ');
  return clean === entry.why ? entry : { ...entry, why: clean, whyAt: at };
}

const byTime = (a: LogEntry, b: LogEntry) =>
  a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * Two copies' logs as one, oldest first: every entry either holds, once. An entry on both
 * sides keeps the why written last. Entries in `deleted` stay out.
 */
export function mergeLogs(
  ours: readonly LogEntry[],
  theirs: readonly LogEntry[],
  deleted: ReadonlySet<string> = new Set(),
): LogEntry[] {
  const merged = new Map<string, LogEntry>();
  for (const entry of [...ours, ...theirs]) {
    if (deleted.has(entry.id)) continue;
    const seen = merged.get(entry.id);
    if (!seen || (entry.whyAt ?? '') > (seen.whyAt ?? '')) merged.set(entry.id, entry);
  }
  return [...merged.values()].sort(byTime);
}

/** A milestone's history, oldest first. */
export const historyOf = (log: readonly LogEntry[], milestoneId: string): LogEntry[] =>
  log.filter((entry) => entry.milestoneId === milestoneId).sort(byTime);

/** The entries from `from` (inclusive) to `to` (exclusive), either end left open when undefined. */
export const entriesBetween = (
  log: readonly LogEntry[],
  from: string | undefined,
  to: string | undefined,
): LogEntry[] =>
  log.filter((entry) => (!from || entry.at >= from) && (!to || entry.at < to)).sort(byTime);

/** The board with `entry` at the end of its log; the oldest entries give way at the limit. */
export function appendEntry(board: Board, entry: LogEntry): Board {
  const timeline = board.timeline ?? { records: {}, snapshots: [], log: [] };
  const log = [...timeline.log, entry].slice(-LIMITS.logEntries);
  return { ...board, timeline: { ...timeline, log } };
}

/** The board with the why of one log entry written; itself when the why is the same. */
export function explainEntry(board: Board, entryId: string, why: string, at: string): Board {
  const timeline = board.timeline;
  const index = timeline?.log.findIndex((entry) => entry.id === entryId) ?? -1;
  if (!timeline || index < 0) return board;
  const written = withWhy(timeline.log[index]!, why.slice(0, LIMITS.reason), at);
  if (written === timeline.log[index]) return board;
  return { ...board, timeline: { ...timeline, log: timeline.log.with(index, written) } };
}

/**
 * A person's edit of a board, logged when it was a decision about one future: exactly one
 * milestone changed place, status or confidence worth asking about. Edits that move many
 * cards at once (a horizon removed, a merge) are not one decision, and are not logged. Gives
 * the board with its entry, and the entry's id to ask why; the same board when nothing is
 * logged. Looks only at the milestones the edit replaced.
 */
export function logDecision(
  before: Board,
  after: Board,
  { id, at }: { id: string; at: string },
): { board: Board; entryId?: string } {
  if (before.milestones === after.milestones) return { board: after };
  let entry: LogEntry | undefined;
  for (const [milestoneId, now] of Object.entries(after.milestones)) {
    const then = before.milestones[milestoneId];
    if (!then || then === now) continue;
    const snapshotId = after.timeline?.snapshots.at(-1)?.id;
    const found = entryFor(then, now, { id, at, ...(snapshotId ? { snapshotId } : {}) });
    if (!found) continue;
    if (entry) return { board: after };
    entry = found;
  }
  return entry ? { board: appendEntry(after, entry), entryId: entry.id } : { board: after };
}
