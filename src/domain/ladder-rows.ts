import { MILESTONE_STATUS_LABELS, MILESTONE_TYPE_LABELS, MILESTONE_TYPES } from './ladder';
import type { MilestoneStatus, MilestoneType } from './ladder';
import { milestoneIdsIn, moveMilestone, updateMilestone, type MilestoneDraft } from './milestones';
import type { Board, Milestone } from './schema';

/**
 * The ladder view: the same board laid out with horizons as columns and, as rows, the
 * rungs of the partnership ladder (or owners, or statuses). Only live futures show here;
 * parked and achieved ones stay in their side areas.
 */

export const LADDER_GROUPINGS = ['type', 'owner', 'status'] as const;
export type LadderGrouping = (typeof LADDER_GROUPINGS)[number];

export const LADDER_GROUPING_LABELS: Record<LadderGrouping, string> = {
  type: 'Type',
  owner: 'Owner',
  status: 'Status',
};

/** The statuses of live futures: the rows when grouping by status. */
const LIVE_STATUSES = ['idea', 'exploring', 'committed'] as const satisfies MilestoneStatus[];

export interface LadderRow {
  /** The row's key: a type, a status, or an owner folded to lower case ("" for no owner). */
  id: string;
  label: string;
}

const ownerKey = (owner: string) => owner.trim().toLocaleLowerCase();

/** The row a milestone sits in under a grouping. */
export function rowOf(m: Milestone, grouping: LadderGrouping): string {
  if (grouping === 'type') return m.type;
  if (grouping === 'status') return m.status;
  return ownerKey(m.owner);
}

function liveIds(board: Board): string[] {
  return board.horizons.flatMap((h) => milestoneIdsIn(board, h.id));
}

/** The rows, in ladder order, status order, or owners A–Z with "No owner" last. */
export function ladderRows(board: Board, grouping: LadderGrouping): LadderRow[] {
  if (grouping === 'type')
    return MILESTONE_TYPES.map((type) => ({ id: type, label: MILESTONE_TYPE_LABELS[type] }));
  if (grouping === 'status')
    return LIVE_STATUSES.map((status) => ({ id: status, label: MILESTONE_STATUS_LABELS[status] }));
  const owners = new Map<string, string>();
  for (const id of liveIds(board)) {
    const owner = board.milestones[id]!.owner.trim();
    const key = ownerKey(owner);
    if (key && !owners.has(key)) owners.set(key, owner);
  }
  return [
    ...[...owners].sort(([, a], [, b]) => a.localeCompare(b)).map(([id, label]) => ({ id, label })),
    { id: '', label: 'No owner' },
  ];
}

/** Milestone ids per row and horizon, each cell in the horizon's own order. */
export type LadderCells = Map<string, Map<string, string[]>>;

export function ladderCells(board: Board, grouping: LadderGrouping): LadderCells {
  const cells: LadderCells = new Map();
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

/**
 * Puts a milestone in a cell, as one new board (one undo step): its horizon becomes the
 * column's (at the end of that horizon, unless it stays in it) and its type, owner or
 * status the row's. The same board when nothing changes.
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
  if (!m || !board.horizons.some((h) => h.id === horizonId)) return board;
  let next = board;
  if (m.horizonId !== horizonId)
    next = moveMilestone(next, id, horizonId, Number.MAX_SAFE_INTEGER, now);
  if (rowOf(m, grouping) !== rowId) {
    const patch: Partial<MilestoneDraft> =
      grouping === 'type'
        ? { type: rowId as MilestoneType }
        : grouping === 'status'
          ? { status: rowId as MilestoneStatus }
          : {
              owner: rowId
                ? (ladderRows(board, 'owner').find((r) => r.id === rowId)?.label ?? '')
                : '',
            };
    next = updateMilestone(next, id, patch, now);
  }
  return next;
}

/** The view and grouping as query parameters, beside the filter's. */
export interface BoardLayout {
  view: 'horizons' | 'ladder';
  group: LadderGrouping;
}

export function parseLayout(params: URLSearchParams): BoardLayout {
  const group = params.get('group');
  return {
    view: params.get('view') === 'ladder' ? 'ladder' : 'horizons',
    group: (LADDER_GROUPINGS as readonly (string | null)[]).includes(group)
      ? (group as LadderGrouping)
      : 'type',
  };
}

export function layoutToParams(layout: BoardLayout, params = new URLSearchParams()) {
  if (layout.view === 'ladder') params.set('view', 'ladder');
  if (layout.group !== 'type') params.set('group', layout.group);
  return params;
}
