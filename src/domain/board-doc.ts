import type * as Y from 'yjs';
import { BOARD_DOCUMENT_TYPE, BOARD_SCHEMA_VERSION, type Board } from './schema';
import { restoreBoardDocument, type RestoreResult } from './restore';
import { refuse } from './restore-result';
import { milestoneOrder } from './milestones';
import {
  ROUND_DOTS,
  readFields,
  readList,
  readMilestones,
  writeFields,
  writeList,
  writeMilestones,
  writeRecord,
  writeRound,
} from './board-doc-records';

/**
 * A board as a Y.Doc, for a live session (issue 15). Yjs merges what several people write;
 * this module only says where each part of a board lives, so that edits of different things
 * never overwrite each other. Root types:
 *
 * - `meta`: Y.Map {type, version}: the board format, so nobody writes over a newer one.
 * - `board`: Y.Map of the board's own fields (id, title, vision, whyUs, whyThem, agreedBy,
 *   agreedOn, basedOn, createdAt, updatedAt, extensions), one key each.
 * - `partner`: Y.Map {name, kinds, notes, extensions}.
 * - `edited`: Y.Map field → when it was last edited; `deleted`: Y.Map id → when. One key
 *   each, so two people's stamps and tombstones all survive.
 * - `horizons`, `values`, `participants`, `rounds`, `links`: Y.Map id → Y.Map of the record's fields
 *   plus `order`, a fractional key (board-doc-order.ts). Not a Y.Array: there a reorder is a
 *   delete and an insert, and two people reordering at once duplicate the record.
 * - `milestones`: Y.Map id → Y.Map of its fields plus `order` in place of `position`; the
 *   order counts within the column the card shows in (its horizon or side area).
 * - A round's dots: Y.Map `votes` inside the round, one key per dot (board-doc-records.ts).
 *
 * Values are plain data (strings, numbers, arrays such as tags), each set as a whole: two
 * people typing in different fields both keep every keystroke; in the same field the last
 * write wins. Ids are the map keys, not stored in the records.
 *
 * A record deleted by one person while another edits it stays deleted: the edit went into
 * the deleted record's map, which Yjs drops with it. The same card moved by two people at
 * once ends where one of them put it, the same on every copy.
 */

const ROOTS = [
  'meta',
  'board',
  'partner',
  'edited',
  'deleted',
  'horizons',
  'values',
  'participants',
  'rounds',
  'milestones',
  'links',
] as const;
type Root = (typeof ROOTS)[number];

/** The names of the board's root types in a doc (a room keeps other roots beside them). */
export const BOARD_ROOTS: ReadonlySet<string> = new Set(ROOTS);

const root = (doc: Y.Doc, name: Root) => doc.getMap<unknown>(name);

/** The milestones' records, a Y.Map of a Y.Map each (board-doc-changes.ts reads them one by one). */
export const milestoneRecordsOf = (doc: Y.Doc) => root(doc, 'milestones');

/** The board's own fields. */
export const boardFieldsOf = (doc: Y.Doc) => root(doc, 'board');

/** What a Y.UndoManager of the board tracks: every root type. */
export function boardScope(doc: Y.Doc): Y.Map<unknown>[] {
  return ROOTS.map((name) => root(doc, name));
}

/** The format version a doc says it holds; undefined for a doc nobody has written to. */
function docVersion(doc: Y.Doc): unknown {
  return root(doc, 'meta').get('version');
}

/**
 * Makes `doc` hold `board`, in one transaction with `origin`: writes only what differs, so a
 * field, record or order key that did not change is never written and cannot overwrite what
 * someone else changed at the same time. Nothing changed, no update. `board` must be what
 * this doc read (readBoard) plus the local edits: a stale board would undo others' edits.
 * Throws when the doc holds another board or a newer format: both are the caller's mistake.
 */
export function writeBoard(doc: Y.Doc, board: Board, origin: unknown): void {
  const version = docVersion(doc);
  if (typeof version === 'number' && version > BOARD_SCHEMA_VERSION)
    throw new Error(`This live board is in a newer format (${version}); it is not written over.`);
  const id = root(doc, 'board').get('id');
  if (id !== undefined && id !== board.id)
    throw new Error(`This live board is ${String(id)}, not ${board.id}.`);
  // The timeline stays in each tab: it is not shared live (yet).
  const {
    horizons,
    milestones: _m,
    values,
    participants,
    rounds,
    links,
    partner,
    timeline: _t,
    ...fields
  } = board;
  const { edited, deleted, ...scalars } = fields;
  doc.transact(() => {
    writeFields(root(doc, 'meta'), { type: BOARD_DOCUMENT_TYPE, version: BOARD_SCHEMA_VERSION });
    writeFields(root(doc, 'board'), scalars);
    writeFields(root(doc, 'partner'), partner);
    writeFields(root(doc, 'edited'), edited ?? {});
    writeFields(root(doc, 'deleted'), deleted ?? {});
    writeList(root(doc, 'horizons'), horizons, writeRecord);
    writeList(root(doc, 'values'), values, writeRecord);
    writeList(root(doc, 'participants'), participants, writeRecord);
    writeList(root(doc, 'rounds'), rounds, writeRound);
    writeList(root(doc, 'links'), links ?? [], writeRecord);
    writeMilestones(root(doc, 'milestones'), board);
  }, origin);
}

/** A record of the doc, left out when empty as the board leaves it out. */
function optionalRecord(doc: Y.Doc, name: 'edited' | 'deleted') {
  const map = root(doc, name);
  return map.size ? { [name]: readFields(map) } : {};
}

/**
 * The board `doc` holds. What others wrote is untrusted, so it passes through restore like
 * a file: what is invalid is repaired or dropped and the result says what. Each column's
 * positions are 0..n-1 in the order of its cards' keys, ties by id. A doc nobody has written
 * a board into yet is refused with `no-board`.
 */
export function readBoard(doc: Y.Doc): RestoreResult {
  const meta = root(doc, 'meta');
  if (root(doc, 'board').size === 0 && meta.size === 0)
    return refuse('no-board', 'This live session holds no board yet.');
  const board = {
    ...readFields(root(doc, 'board')),
    partner: readFields(root(doc, 'partner')),
    ...optionalRecord(doc, 'edited'),
    ...optionalRecord(doc, 'deleted'),
    horizons: readList(root(doc, 'horizons')),
    values: readList(root(doc, 'values')),
    participants: readList(root(doc, 'participants')),
    rounds: readList(root(doc, 'rounds'), ROUND_DOTS),
    milestones: readMilestones(root(doc, 'milestones')),
    ...(root(doc, 'links').size ? { links: readList(root(doc, 'links')) } : {}),
  };
  const result = restoreBoardDocument({
    type: meta.get('type'),
    version: meta.get('version'),
    board,
  });
  return result.ok ? { ...result, board: withIndexPositions(result.board) } : result;
}

/** Positions 0..n-1 in each column again after restore dropped a card or moved one into
 * another column (its horizon was gone). */
function withIndexPositions(board: Board): Board {
  let milestones: Board['milestones'] | undefined;
  for (const ids of milestoneOrder(board).values())
    ids.forEach((id, position) => {
      const m = board.milestones[id]!;
      if (m.position !== position)
        (milestones ??= { ...board.milestones })[id] = { ...m, position };
    });
  return milestones ? { ...board, milestones } : board;
}
