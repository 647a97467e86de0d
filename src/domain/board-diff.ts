import { jsonEqual } from './json-equal';
import { containerOf, sideArea } from './milestones';
import {
  EDITED_FIELDS,
  type Board,
  type EditedField,
  type Horizon,
  type Milestone,
  type Value,
} from './schema';

/**
 * Then versus now: what changed between two moments of one board (two snapshots, a snapshot
 * and the board today, or a board and one of its scenarios). Pure. The diff keeps each
 * changed item whole, before and after, so that what it says can be shown in any words and
 * `applyDiff(then, diffBoards(then, now))` gives back `now` in every field compared.
 */

/**
 * The board-level fields a comparison looks at, besides horizons, values and milestones:
 * those whose edits a board times, but for other tools' data (`extensions`).
 */
export type ComparedField = Exclude<EditedField, 'extensions'>;
export const COMPARED_FIELDS = EDITED_FIELDS.filter(
  (field): field is ComparedField => field !== 'extensions',
);

/** An item on both sides, or on one: added (no `before`) or removed (no `after`). */
export interface ItemChange<T> {
  id: string;
  before?: T;
  after?: T;
}

export interface FieldChange<K extends ComparedField = ComparedField> {
  field: K;
  before: Board[K];
  after: Board[K];
}

export interface BoardDiff {
  fields: FieldChange[];
  horizons: ItemChange<Horizon>[];
  /** The horizons' order then and now, when it is not the same list. */
  horizonOrder: { before: string[]; after: string[] } | null;
  values: ItemChange<Value>[];
  /** The values' order now, when it is not the same list as then. */
  valueOrder: string[] | null;
  milestones: ItemChange<Milestone>[];
}

function itemChanges<T extends { id: string }>(
  before: readonly T[] | Record<string, T>,
  after: readonly T[] | Record<string, T>,
): ItemChange<T>[] {
  const then = new Map(Object.values(before).map((item) => [item.id, item]));
  const now = new Map(Object.values(after).map((item) => [item.id, item]));
  const changes: ItemChange<T>[] = [];
  for (const [id, item] of then) {
    const next = now.get(id);
    if (!next) changes.push({ id, before: item });
    else if (!jsonEqual(item, next)) changes.push({ id, before: item, after: next });
  }
  for (const [id, item] of now) if (!then.has(id)) changes.push({ id, after: item });
  return changes;
}

/** What changed from `then` to `now`; nothing at all for the same board. */
export function diffBoards(then: Board, now: Board): BoardDiff {
  const fields = COMPARED_FIELDS.flatMap((field): FieldChange[] =>
    jsonEqual(then[field], now[field])
      ? []
      : [{ field, before: then[field], after: now[field] } as FieldChange],
  );
  const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
  const [beforeOrder, afterOrder] = [ids(then.horizons), ids(now.horizons)];
  const valueOrder = ids(now.values);
  return {
    fields,
    horizons: itemChanges(then.horizons, now.horizons),
    horizonOrder: jsonEqual(beforeOrder, afterOrder)
      ? null
      : { before: beforeOrder, after: afterOrder },
    values: itemChanges(then.values, now.values),
    valueOrder: jsonEqual(ids(then.values), valueOrder) ? null : valueOrder,
    milestones: itemChanges(then.milestones, now.milestones),
  };
}

export const isEmptyDiff = (diff: BoardDiff): boolean =>
  !diff.fields.length &&
  !diff.horizons.length &&
  !diff.horizonOrder &&
  !diff.values.length &&
  !diff.valueOrder &&
  !diff.milestones.length;

/**
 * `then` with `diff` applied: every compared field, horizon, value and milestone as the diff's
 * `after` has it. Horizons and values take the order of the moment the diff was made to.
 */
export function applyDiff(then: Board, diff: BoardDiff): Board {
  const board: Board = { ...then };
  for (const change of diff.fields)
    (board as Record<ComparedField, unknown>)[change.field] = change.after;
  const milestones = { ...then.milestones };
  for (const change of diff.milestones) {
    if (change.after) milestones[change.id] = change.after;
    else delete milestones[change.id];
  }
  board.milestones = milestones;
  board.horizons = applyList(then.horizons, diff.horizons, diff.horizonOrder?.after);
  board.values = applyList(then.values, diff.values, diff.valueOrder ?? undefined);
  return board;
}

function applyList<T extends { id: string }>(
  items: readonly T[],
  changes: readonly ItemChange<T>[],
  order?: readonly string[],
): T[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const added: T[] = [];
  for (const change of changes) {
    if (!change.after) byId.delete(change.id);
    else if (byId.has(change.id)) byId.set(change.id, change.after);
    else added.push(change.after);
  }
  const list = [...byId.values(), ...added];
  if (!order) return list;
  const rank = new Map(order.map((id, i) => [id, i]));
  return list.sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
}

// What a change means ------------------------------------------------------------------

/** Which way a milestone moved: to a later or earlier horizon, or to or from a side area. */
export type MoveDirection = 'later' | 'earlier' | 'parked' | 'achieved' | 'back';

/** A milestone's change in the terms a team talks about. */
export interface MilestoneMove {
  id: string;
  title: string;
  /** Horizon or side area ids, then and now. */
  from: string;
  to: string;
  direction: MoveDirection;
}

export interface NumberChange {
  id: string;
  title: string;
  before: number | undefined;
  after: number | undefined;
}

/** What a diff says about milestones: moved, new, removed, confidence and status changes. */
export interface MilestoneReading {
  moved: MilestoneMove[];
  added: Milestone[];
  removed: Milestone[];
  confidence: NumberChange[];
  status: { id: string; title: string; before: Milestone['status']; after: Milestone['status'] }[];
  /** Changed in other ways: title, notes, owner, date, type, tags… */
  edited: ItemChange<Milestone>[];
}

/** Where a container sits in time: a horizon's index (by the later board's order first). */
function timeIndex(container: string, then: Board, now: Board): number | undefined {
  const index = now.horizons.findIndex((h) => h.id === container);
  if (index >= 0) return index;
  const before = then.horizons.findIndex((h) => h.id === container);
  return before >= 0 ? before : undefined;
}

function direction(from: string, to: string, then: Board, now: Board): MoveDirection {
  const side = sideArea(to)?.status;
  if (side === 'dropped') return 'parked';
  if (side === 'achieved') return 'achieved';
  const [a, b] = [timeIndex(from, then, now), timeIndex(to, then, now)];
  if (a === undefined || b === undefined) return 'back';
  return b > a ? 'later' : 'earlier';
}

/** What fields count as "edited" beyond place, confidence and status. */
const EDIT_FIELDS = [
  'title',
  'type',
  'customType',
  'notes',
  'owner',
  'impact',
  'tags',
  'targetDate',
  'internal',
  'notesInternal',
] as const satisfies readonly (keyof Milestone)[];

/** Reads a diff's milestones as moves, additions, removals and changes of confidence or status. */
export function readMilestones(diff: BoardDiff, then: Board, now: Board): MilestoneReading {
  const reading: MilestoneReading = {
    moved: [],
    added: [],
    removed: [],
    confidence: [],
    status: [],
    edited: [],
  };
  for (const change of diff.milestones) {
    const { before, after } = change;
    if (!before) {
      reading.added.push(after!);
      continue;
    }
    if (!after) {
      reading.removed.push(before);
      continue;
    }
    const title = after.title;
    const [from, to] = [containerOf(before), containerOf(after)];
    if (from !== to)
      reading.moved.push({
        id: change.id,
        title,
        from,
        to,
        direction: direction(from, to, then, now),
      });
    if (before.confidence !== after.confidence)
      reading.confidence.push({
        id: change.id,
        title,
        before: before.confidence,
        after: after.confidence,
      });
    // A move to or from a side area is a change of status already told as a move.
    const sideMove = Boolean(sideArea(from) ?? sideArea(to));
    if (before.status !== after.status && !sideMove)
      reading.status.push({ id: change.id, title, before: before.status, after: after.status });
    if (EDIT_FIELDS.some((field) => !jsonEqual(before[field], after[field])))
      reading.edited.push(change);
  }
  return reading;
}

const count = (n: number, what: string) => (n ? [`${n} ${what}`] : []);

/**
 * A comparison in one line, as a team says it: "3 moved later, 2 new, 1 parked, confidence
 * down on 4". "No changes" when there are none worth telling.
 */
export function diffSummary(diff: BoardDiff, then: Board, now: Board): string {
  const m = readMilestones(diff, then, now);
  const moved = (d: MoveDirection) => m.moved.filter((move) => move.direction === d).length;
  const confidence = (sign: 1 | -1) =>
    m.confidence.filter(({ before, after }) => Math.sign((after ?? 0) - (before ?? 0)) === sign)
      .length;
  const down = confidence(-1);
  const up = confidence(1);
  const parts = [
    ...count(moved('later'), 'moved later'),
    ...count(moved('earlier'), 'moved earlier'),
    ...count(m.added.length, 'new'),
    ...count(m.removed.length, 'removed'),
    ...count(moved('parked'), 'parked'),
    ...count(moved('achieved'), 'achieved'),
    ...count(moved('back'), 'back on a horizon'),
    ...(down ? [`confidence down on ${down}`] : []),
    ...(up ? [`confidence up on ${up}`] : []),
    ...count(m.status.length, m.status.length === 1 ? 'status changed' : 'statuses changed'),
    ...count(m.edited.length, 'edited'),
  ];
  const vision = diff.fields.some((f) => f.field === 'vision');
  if (vision) parts.push('the vision reworded');
  if (diff.values.length)
    parts.push(
      diff.values.length === 1 ? '1 value changed' : `${diff.values.length} values changed`,
    );
  return parts.length ? parts.join(', ') : 'No changes';
}
