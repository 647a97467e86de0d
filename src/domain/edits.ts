import { EDITED_FIELDS, type Board, type Edited } from './schema';
import { jsonEqual } from './json-equal';

/**
 * Edit times: what lets a merge of two copies take each board field, value, participant,
 * voting round and horizon from the side that edited it last, instead of letting the
 * later-edited board win them all. Milestones keep their own `updatedAt` already.
 */

type Tracked = { id: string; updatedAt?: string };

/** Tombstones of `after`, copied only once one is added or dropped. */
class Tombstones {
  private copy: Record<string, string> | undefined;
  constructor(private readonly original: Readonly<Record<string, string>> | undefined) {}

  add(id: string, at: string): void {
    if (this.current()[id] !== undefined) return;
    (this.copy ??= { ...this.original })[id] = at;
  }

  /** An item back on the board (an undo, a redo) is no longer deleted. */
  drop(id: string): void {
    if (this.current()[id] === undefined) return;
    this.copy ??= { ...this.original };
    delete this.copy[id];
  }

  changed(): boolean {
    return this.copy !== undefined;
  }

  result(): Record<string, string> | undefined {
    const record = this.current();
    return Object.keys(record).length ? record : undefined;
  }

  private current(): Readonly<Record<string, string>> {
    return this.copy ?? this.original ?? {};
  }
}

/** Whether an item's content is the same, leaving its own edit time aside. */
function sameContent<T extends Tracked>(a: T, b: T): boolean {
  if (a === b) return true;
  const { updatedAt: _a, ...left } = a;
  const { updatedAt: _b, ...right } = b;
  return jsonEqual(left, right);
}

/** Stamps added and changed items with `now`, and leaves a tombstone for each that went. */
function stampList<T extends Tracked>(
  before: readonly T[],
  after: T[],
  now: string,
  tombstones: Tombstones,
): T[] {
  if (before === after) return after;
  const previous = new Map(before.map((item) => [item.id, item]));
  let stamped: T[] | undefined;
  after.forEach((item, i) => {
    const prev = previous.get(item.id);
    if (prev && sameContent(prev, item)) return;
    if (!prev) tombstones.drop(item.id);
    (stamped ??= [...after])[i] = { ...item, updatedAt: now };
  });
  const present = new Set(after.map((item) => item.id));
  for (const item of before) if (!present.has(item.id)) tombstones.add(item.id, now);
  return stamped ?? after;
}

/**
 * `after` with the edit time `now` on what changed since `before`: each board-level field
 * whose content changed, each value, participant, voting round and horizon added or changed,
 * and a tombstone for each that went. The same board when nothing tracked changed. Compares
 * by reference first, so an edit of a milestone costs a few comparisons.
 */
export function stampEdits(before: Board, after: Board, now: string): Board {
  if (before === after) return after;
  let edited: Edited | undefined;
  for (const field of EDITED_FIELDS) {
    if (jsonEqual(before[field], after[field])) continue;
    edited ??= { ...after.edited };
    edited[field] = now;
  }
  const tombstones = new Tombstones(after.deleted);
  const values = stampList(before.values, after.values, now, tombstones);
  const participants = stampList(before.participants, after.participants, now, tombstones);
  const rounds = stampList(before.rounds, after.rounds, now, tombstones);
  const horizons = stampList(before.horizons, after.horizons, now, tombstones);
  if (
    !edited &&
    !tombstones.changed() &&
    values === after.values &&
    participants === after.participants &&
    rounds === after.rounds &&
    horizons === after.horizons
  )
    return after;
  const board: Board = {
    ...after,
    ...(edited && { edited }),
    values,
    participants,
    rounds,
    horizons,
  };
  const deleted = tombstones.result();
  if (deleted) board.deleted = deleted;
  else delete board.deleted;
  return board;
}
