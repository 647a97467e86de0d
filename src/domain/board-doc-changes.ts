import * as Y from 'yjs';
import { BOARD_ROOTS, boardFieldsOf, milestoneRecordsOf, readBoard } from './board-doc';
import { ORDER, readFields } from './board-doc-records';
import { compareOrder, isOrderKey } from './board-doc-order';
import { containerOf } from './milestones';
import { restoreMilestoneRecord } from './restore';
import type { RestoreResult } from './restore-result';
import type { Board, Milestone } from './schema';

/**
 * Reading a live board again after others' edits, for what they changed only (issue 15). A
 * full read (readBoard) checks every record, about 100 ms at 1,000 milestones: a burst of
 * remote edits, one read a frame, would hold the page. Most remote edits change a few
 * milestones (and the board's time), so only those are read and checked again, and the
 * positions of the columns they left or joined. Whatever else changed, or anything the quick
 * path cannot promise to read as readBoard would (a deletion, a record needing repair, a
 * horizon it does not know), takes the full read: the result is always readBoard's.
 */

/** What transactions changed on the board: some milestones (and perhaps the board's time),
 * or something else, which is read in full. */
export type DocChanges = { milestones: ReadonlySet<string>; time: boolean } | 'all';

export const NO_CHANGES: DocChanges = { milestones: new Set(), time: false };

/** A shared type as a transaction names it. */
type AnyType = Y.Transaction['changed'] extends Map<infer K, unknown> ? K : never;

/** The type `type` sits in, if any. */
const parentOf = (type: AnyType): AnyType | null => {
  const parent: unknown = type._item?.parent;
  return parent instanceof Y.AbstractType ? (parent as AnyType) : null;
};

/**
 * Where a changed type is: which root it is in, and (inside the milestones) whose record.
 * Roots are known by name, not by object: a root a doc has not been asked for yet is a
 * placeholder object until the first getMap, which replaces it.
 */
function placeOf(type: AnyType, roots: ReadonlyMap<unknown, string>) {
  let child: AnyType | null = null;
  for (let current: AnyType | null = type; current; current = parentOf(current)) {
    const root = roots.get(current);
    if (root !== undefined) return { root, record: child?._item?.parentSub ?? null };
    child = current;
  }
  return null;
}

/** What one transaction changed on the board's roots, added to what was already pending. */
export function addChanges(
  pending: DocChanges,
  doc: Y.Doc,
  transaction: Y.Transaction,
): DocChanges {
  if (pending === 'all') return 'all';
  const roots = new Map<unknown, string>();
  for (const [name, type] of doc.share) roots.set(type, name);
  const milestones = new Set(pending.milestones);
  let time = pending.time;
  for (const [type, keys] of transaction.changed) {
    const place = placeOf(type, roots);
    if (!place || !BOARD_ROOTS.has(place.root)) continue;
    if (place.root === 'milestones') {
      if (place.record !== null) milestones.add(place.record);
      else for (const key of keys) if (key !== null) milestones.add(key);
    } else if (
      place.root === 'board' &&
      place.record === null &&
      [...keys].every((k) => k === 'updatedAt')
    ) {
      time = true;
    } else return 'all';
  }
  return { milestones, time };
}

/**
 * The board `doc` holds now, given `previous` (what was read or written last) and what
 * changed since: readBoard's result, reading again only what changed where it can.
 */
export function readBoardChanges(doc: Y.Doc, previous: Board, changes: DocChanges): RestoreResult {
  if (changes === 'all') return readBoard(doc);
  const quick = quickRead(doc, previous, changes);
  return quick
    ? { ok: true, board: quick, warnings: [], notices: [], details: [], repaired: false }
    : readBoard(doc);
}

function quickRead(
  doc: Y.Doc,
  previous: Board,
  changes: { milestones: ReadonlySet<string>; time: boolean },
): Board | undefined {
  const records = milestoneRecordsOf(doc);
  let board = previous;
  if (changes.time) {
    const time = boardFieldsOf(doc).get('updatedAt');
    if (typeof time !== 'string' || Number.isNaN(Date.parse(time))) return undefined;
    board = { ...board, updatedAt: time };
  }
  if (!changes.milestones.size) return board;
  const milestones: Record<string, Milestone> = { ...board.milestones };
  const columns = new Set<string>();
  for (const id of changes.milestones) {
    const before = board.milestones[id];
    if (before) columns.add(containerOf(before));
    const map = records.get(id);
    if (!(map instanceof Y.Map)) return undefined;
    const milestone = restoreMilestoneRecord(
      { ...readFields(map as Y.Map<unknown>, [ORDER]), id },
      board.horizons,
      board.createdAt,
    );
    if (!milestone || milestone.id !== id) return undefined;
    milestones[id] = milestone;
    columns.add(containerOf(milestone));
  }
  for (const column of columns) placeColumn(milestones, column, records);
  return { ...board, milestones };
}

/** Positions 0..n-1 in one column, in the order of the cards' keys in the doc (ties by id). */
function placeColumn(
  milestones: Record<string, Milestone>,
  column: string,
  records: Y.Map<unknown>,
): void {
  const cards = Object.values(milestones)
    .filter((m) => containerOf(m) === column)
    .map((m) => {
      const key = (records.get(m.id) as Y.Map<unknown> | undefined)?.get(ORDER);
      return { id: m.id, key: isOrderKey(key) ? key : undefined };
    })
    .sort(compareOrder);
  cards.forEach(({ id }, position) => {
    const m = milestones[id]!;
    if (m.position !== position) milestones[id] = { ...m, position };
  });
}
