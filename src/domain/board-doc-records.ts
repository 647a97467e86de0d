import * as Y from 'yjs';
import { jsonEqual } from './json-equal';
import { compareOrder, isOrderKey, orderKeysFor } from './board-doc-order';
import { containerOf, milestoneOrder } from './milestones';
import type { Board, Round, Vote } from './schema';
import type { MilestoneStatus } from './ladder';

/**
 * Records of a live board in a Y.Doc (the layout is in board-doc.ts): each a Y.Map of its
 * fields under its id, so two people's edits of different fields or records both survive.
 */

type Fields = Readonly<Record<string, unknown>>;
type YRecords = Y.Map<unknown>;

/** The key a record keeps its place under, instead of an index or a position. */
export const ORDER = 'order';
/** The key a voting round keeps its dots under. */
export const VOTES = 'votes';

/**
 * Sets each field whose content changed and deletes each `fields` no longer has. A field
 * nobody changed is never written, so it cannot overwrite someone else's edit of it. `own`
 * names keys the map keeps for itself (its order key, its dots).
 */
export function writeFields(map: YRecords, fields: Fields, own: readonly string[] = []): void {
  const has = (key: string) => Object.hasOwn(fields, key) && fields[key] !== undefined;
  for (const [key, value] of Object.entries(fields))
    if (value !== undefined && !jsonEqual(map.get(key), value)) map.set(key, value);
  for (const key of [...map.keys()]) if (!has(key) && !own.includes(key)) map.delete(key);
}

/** A map's fields as plain data, leaving out its `own` keys; a key read as an own property. */
export function readFields(map: YRecords, own: readonly string[] = []): Record<string, unknown> {
  return Object.fromEntries(
    [...map.entries()]
      .filter(([key]) => !own.includes(key))
      .map(([key, value]) => [key, value instanceof Y.AbstractType ? value.toJSON() : value]),
  );
}

/** The Y.Map of record `id`, made when there is none (or a peer left something else there). */
function recordMap(records: YRecords, id: string): YRecords {
  const existing = records.get(id);
  if (existing instanceof Y.Map) return existing as YRecords;
  const created = new Y.Map<unknown>();
  records.set(id, created);
  return created;
}

/** The records the doc holds, each with its order key when it has a usable one. */
function recordsOf(records: YRecords): { id: string; map: YRecords; key: string | undefined }[] {
  return [...records.entries()].flatMap(([id, map]) => {
    if (!(map instanceof Y.Map)) return [];
    const key = map.get(ORDER);
    return [{ id, map: map as YRecords, key: isOrderKey(key) ? key : undefined }];
  });
}

function removeAllBut(records: YRecords, ids: ReadonlySet<string>): void {
  for (const id of [...records.keys()]) if (!ids.has(id)) records.delete(id);
}

/**
 * Writes a list of records (horizons, values, participants, rounds): removes those gone,
 * adds the new, writes changed fields, and gives new order keys only to records that moved.
 * `write` writes the fields of one record (its id is its key in `records`).
 */
export function writeList<T extends { id: string }>(
  records: YRecords,
  list: readonly T[],
  write: (map: YRecords, item: T) => void,
): void {
  removeAllBut(records, new Set(list.map((item) => item.id)));
  const current = new Map<string, string>();
  for (const { id, key } of recordsOf(records)) if (key !== undefined) current.set(id, key);
  const keys = orderKeysFor(
    list.map((item) => item.id),
    current,
  );
  for (const item of list) {
    const map = recordMap(records, item.id);
    write(map, item);
    const key = keys.get(item.id);
    if (key !== undefined) map.set(ORDER, key);
  }
}

/** A list's records in their order, as plain data with their ids; `more` reads what a
 * record keeps apart from its fields (a round's dots). */
export function readList(
  records: YRecords,
  more?: { own: readonly string[]; read: (map: YRecords) => Fields },
): Record<string, unknown>[] {
  return recordsOf(records)
    .sort(compareOrder)
    .map(({ id, map }) => ({
      ...readFields(map, [ORDER, ...(more?.own ?? [])]),
      ...more?.read(map),
      id,
    }));
}

/** Writes one record's fields, leaving out its id (its key) and what the doc keeps itself. */
export function writeRecord(map: YRecords, { id: _id, ...fields }: { id: string }): void {
  writeFields(map, fields, [ORDER]);
}

/**
 * The milestones: a record each, ordered within the horizon or side area it shows in.
 * A milestone keeps its key while it stays in order in the same column; one that moved,
 * and only that one, takes a key between its new neighbours. `position` is not stored.
 */
export function writeMilestones(records: YRecords, board: Board): void {
  const milestones = Object.values(board.milestones);
  removeAllBut(records, new Set(milestones.map((m) => m.id)));
  const current = new Map<string, string>();
  for (const { id, map, key } of recordsOf(records)) {
    const wanted = board.milestones[id];
    const stays =
      wanted && columnOf(map.get('status'), map.get('horizonId')) === containerOf(wanted);
    if (stays && key !== undefined) current.set(id, key);
  }
  const keys = new Map<string, string>();
  for (const ids of milestoneOrder(board).values())
    for (const [id, key] of orderKeysFor(ids, current)) keys.set(id, key);
  for (const { id, position: _position, ...fields } of milestones) {
    const map = recordMap(records, id);
    writeFields(map, fields, [ORDER]);
    const key = keys.get(id);
    if (key !== undefined) map.set(ORDER, key);
  }
}

/** The column a card in the doc shows in; what a peer left unreadable counts as its own. */
function columnOf(status: unknown, horizonId: unknown): string {
  return containerOf({
    status: status as MilestoneStatus,
    horizonId: typeof horizonId === 'string' ? horizonId : '',
  });
}

/** The milestones by id, each with its position 0..n-1 in its column from the order keys. */
export function readMilestones(records: YRecords): Record<string, Record<string, unknown>> {
  const byColumn = new Map<string, { id: string; key: string | undefined; fields: Fields }[]>();
  for (const { id, map, key } of recordsOf(records)) {
    const fields: Record<string, unknown> = { ...readFields(map, [ORDER]), id };
    const column = columnOf(fields.status, fields.horizonId);
    const list = byColumn.get(column);
    const entry = { id, key, fields };
    if (list) list.push(entry);
    else byColumn.set(column, [entry]);
  }
  const entries = [...byColumn.values()].flatMap((list) =>
    list
      .sort(compareOrder)
      .map(({ id, fields }, position) => [id, { ...fields, position }] as const),
  );
  return Object.fromEntries(entries);
}

/**
 * A dot's key: who, on what, and which of their dots on it (0 for the first). Two people's
 * dots never share a key; one person placing the same dot from two devices at once makes one.
 */
function voteKeys(votes: readonly Vote[]): Map<string, Vote> {
  const keys = new Map<string, Vote>();
  const seen = new Map<string, number>();
  for (const vote of votes) {
    const pair = `${vote.participantId} ${vote.milestoneId}`;
    const n = seen.get(pair) ?? 0;
    seen.set(pair, n + 1);
    keys.set(`${pair} ${n}`, { participantId: vote.participantId, milestoneId: vote.milestoneId });
  }
  return keys;
}

/** A voting round: its fields, and its dots in a map of their own so no dot overwrites another. */
export function writeRound(map: YRecords, { id: _id, votes, ...fields }: Round): void {
  writeFields(map, fields, [ORDER, VOTES]);
  const dots = recordMap(map, VOTES);
  writeFields(dots, Object.fromEntries(voteKeys(votes)));
}

/** A round's dots, in the order of their keys: the order dots were placed in is not kept. */
export const ROUND_DOTS = {
  own: [VOTES],
  read: (map: YRecords): Fields => {
    const dots = map.get(VOTES);
    if (!(dots instanceof Y.Map)) return { votes: [] };
    const entries = [...(dots as YRecords).entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    return { votes: entries.map(([, vote]) => vote) };
  },
};
