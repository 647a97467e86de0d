import { hidesOthers, matchesFilter, NO_FILTER, type MilestoneFilter } from './filter';
import { MILESTONE_STATUS_LABELS, MILESTONE_TYPE_LABELS, MILESTONE_TYPES } from './ladder';
import type { MilestoneStatus, MilestoneType } from './ladder';
import {
  containerOf,
  milestoneIdsIn,
  moveMilestone,
  updateMilestone,
  type MilestoneDraft,
} from './milestones';
import type { Board, Milestone } from './schema';
import type { LadderGrouping } from './board-layout';

export { LADDER_GROUPINGS, type LadderGrouping } from './board-layout';

/**
 * The ladder view: the same board laid out with horizons as columns and, as rows, the
 * rungs of the partnership ladder (or owners, or statuses). Only live futures show here;
 * parked and achieved ones stay in their side areas.
 */

export const LADDER_GROUPING_LABELS: Record<LadderGrouping, string> = {
  type: 'Type',
  owner: 'Owner',
  status: 'Status',
};

/** The statuses of live futures: the rows when grouping by status. */
const LIVE_STATUSES = ['idea', 'exploring', 'committed'] as const satisfies MilestoneStatus[];

export interface LadderRow {
  /** The row's key: a type, a status, or an owner folded to lower case ("" for no type or
   * no owner). */
  id: string;
  label: string;
}

/** The rung of milestones nobody has placed on the ladder yet. */
export const NO_TYPE_ROW = '';
export const NO_TYPE_LABEL = 'Not set';

const ownerKey = (owner: string) => owner.trim().toLocaleLowerCase();

/** The row a milestone sits in under a grouping. */
export function rowOf(m: Milestone, grouping: LadderGrouping): string {
  if (grouping === 'type') return m.type ?? NO_TYPE_ROW;
  if (grouping === 'status') return m.status;
  return ownerKey(m.owner);
}

function liveIds(board: Board): string[] {
  return board.horizons.flatMap((h) => milestoneIdsIn(board, h.id));
}

/** Milestone ids per row and horizon, each cell in the horizon's own order. */
export type LadderCells = ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;

interface Layout {
  horizons: Board['horizons'];
  rows: readonly LadderRow[];
  cells: LadderCells;
}

/**
 * Rows and cells per milestones object and grouping, like milestoneOrder: every cell of the
 * view reads its ids from one pass over the board after each edit, and an edit elsewhere
 * (the vision, a vote) finds the same rows and cells.
 */
const layoutCache = new WeakMap<Board['milestones'], Map<LadderGrouping, Layout>>();

function layoutOf(board: Board, grouping: LadderGrouping): Layout {
  let byGrouping = layoutCache.get(board.milestones);
  if (!byGrouping) layoutCache.set(board.milestones, (byGrouping = new Map()));
  const cached = byGrouping.get(grouping);
  if (cached && cached.horizons === board.horizons) return cached;
  const layout = {
    horizons: board.horizons,
    rows: computeRows(board, grouping),
    cells: computeCells(board, grouping),
  };
  byGrouping.set(grouping, layout);
  return layout;
}

/** The rows, in ladder order, status order, or owners A–Z with "No owner" last. */
export const ladderRows = (board: Board, grouping: LadderGrouping): readonly LadderRow[] =>
  layoutOf(board, grouping).rows;

export const ladderCells = (board: Board, grouping: LadderGrouping): LadderCells =>
  layoutOf(board, grouping).cells;

const NO_IDS: readonly string[] = Object.freeze([]);

/** The ids in one cell, in their horizon's order. */
export const cellIds = (
  board: Board,
  grouping: LadderGrouping,
  rowId: string,
  horizonId: string,
): readonly string[] => ladderCells(board, grouping).get(rowId)?.get(horizonId) ?? NO_IDS;

/**
 * Whether a row folds to a thin strip: it has nothing to show in any horizon (under a hiding
 * filter, nothing that matches). A folded row is still somewhere to drop; it only gives its
 * height to the rows with futures in them, so that a whole ladder fits one screen.
 */
export function isRowFolded(
  board: Board,
  grouping: LadderGrouping,
  rowId: string,
  filter: MilestoneFilter = NO_FILTER,
): boolean {
  const byHorizon = ladderCells(board, grouping).get(rowId);
  if (!byHorizon) return true;
  if (!hidesOthers(filter)) return false;
  for (const ids of byHorizon.values())
    if (ids.some((id) => matchesFilter(board.milestones[id]!, filter))) return false;
  return true;
}

function computeRows(board: Board, grouping: LadderGrouping): LadderRow[] {
  if (grouping === 'type') {
    const rungs = MILESTONE_TYPES.map((type) => ({ id: type, label: MILESTONE_TYPE_LABELS[type] }));
    // Only while some future waits for a type: first, where the team sorts them from.
    const waiting = liveIds(board).some((id) => !board.milestones[id]!.type);
    return waiting ? [{ id: NO_TYPE_ROW, label: NO_TYPE_LABEL }, ...rungs] : rungs;
  }
  if (grouping === 'status')
    return LIVE_STATUSES.map((status) => ({ id: status, label: MILESTONE_STATUS_LABELS[status] }));
  // Owners differing only in case are one row, named as most cards write it (capitals
  // first on a tie), so that a row keeps its name whichever card moves first.
  const spellings = new Map<string, Map<string, number>>();
  for (const id of liveIds(board)) {
    const owner = board.milestones[id]!.owner.trim();
    const key = ownerKey(owner);
    if (!key) continue;
    let counts = spellings.get(key);
    if (!counts) spellings.set(key, (counts = new Map()));
    counts.set(owner, (counts.get(owner) ?? 0) + 1);
  }
  const owners = [...spellings].map(([id, counts]) => {
    const [label] = [...counts].reduce((best, next) =>
      next[1] > best[1] || (next[1] === best[1] && next[0] < best[0]) ? next : best,
    );
    return { id, label };
  });
  return [...owners.sort((a, b) => a.label.localeCompare(b.label)), { id: '', label: 'No owner' }];
}

function computeCells(board: Board, grouping: LadderGrouping): LadderCells {
  const cells = new Map<string, Map<string, string[]>>();
  for (const horizon of board.horizons) {
    for (const id of milestoneIdsIn(board, horizon.id)) {
      const row = rowOf(board.milestones[id]!, grouping);
      let byHorizon = cells.get(row);
      if (!byHorizon) cells.set(row, (byHorizon = new Map()));
      const list = byHorizon.get(horizon.id);
      if (list) list.push(id);
      else byHorizon.set(horizon.id, [id]);
    }
  }
  return cells;
}

/** What a row sets on a milestone dropped into it; undefined for a row the view does not have. */
function rowPatch(
  board: Board,
  grouping: LadderGrouping,
  rowId: string,
): Partial<MilestoneDraft> | undefined {
  if (grouping === 'type') {
    if (rowId === NO_TYPE_ROW) return { type: undefined };
    return (MILESTONE_TYPES as readonly string[]).includes(rowId)
      ? { type: rowId as MilestoneType }
      : undefined;
  }
  if (grouping === 'status')
    return (LIVE_STATUSES as readonly string[]).includes(rowId)
      ? { status: rowId as MilestoneStatus }
      : undefined;
  const row = ladderRows(board, 'owner').find((r) => r.id === rowId);
  return row && { owner: row.id ? row.label : '' };
}

/**
 * Puts a milestone in a cell, as one new board (one undo step): its horizon becomes the
 * column's (at the end of that horizon, unless it stays in it) and its type, owner or
 * status the row's. The same board when nothing changes, and for what the view does not
 * show: a parked or achieved milestone, an unknown horizon or row.
 */
export function placeOnLadder(
  board: Board,
  id: string,
  horizonId: string,
  grouping: LadderGrouping,
  rowId: string,
  now = new Date().toISOString(),
): Board {
  const m = board.milestones[id];
  if (!m || containerOf(m) !== m.horizonId) return board;
  if (!board.horizons.some((h) => h.id === horizonId)) return board;
  const patch = rowPatch(board, grouping, rowId);
  if (!patch) return board;
  let next = board;
  if (m.horizonId !== horizonId)
    next = moveMilestone(next, id, horizonId, Number.MAX_SAFE_INTEGER, now);
  if (rowOf(m, grouping) !== rowId) next = updateMilestone(next, id, patch, now);
  return next;
}
