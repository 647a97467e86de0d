import type { Board, Horizon, Milestone } from './schema';

/**
 * Merging a teammate's copy of a board into ours. Both came from one board; the copy
 * records when it was made (`basedOn`). Per milestone and per horizon:
 * - only on one side and never deleted on the other: added;
 * - changed since the split on one side only: that side's version;
 * - changed on both sides: the later edit, listed as a conflict;
 * - deleted on one side (a tombstone in `deleted`) and not changed on the other since the
 *   split: gone for good; changed on the other side: kept, and listed as a conflict.
 * With no split time known, every difference counts as a change on both sides: the later
 * edit wins and the difference is listed, so nothing is lost silently.
 */
export interface MergeSummary {
  added: string[];
  changed: string[];
  removed: string[];
  conflicts: string[];
}

export interface MergeResult {
  board: Board;
  summary: MergeSummary;
}

/** JSON with object keys sorted: two values compare by content, whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

const later = (a: string | undefined, b: string | undefined) => (!a ? b : !b ? a : a >= b ? a : b);

/** Whole-board fields: when the two sides differ, the board edited later wins, and it is listed. */
const BOARD_FIELDS = {
  title: 'The titles',
  partner: 'The partner details',
  vision: 'The visions',
  whyUs: 'The reasons it matters to us',
  whyThem: 'The reasons it matters to them',
  agreedBy: 'Who agreed the vision',
  agreedOn: 'The days the vision was agreed',
  values: 'The values',
  participants: 'The participants',
  rounds: 'The voting rounds',
} satisfies Partial<Record<keyof Board, string>>;

export function mergeBoards(
  ours: Board,
  theirs: Board,
  now = new Date().toISOString(),
): MergeResult {
  const summary: MergeSummary = { added: [], changed: [], removed: [], conflicts: [] };
  // The split: when their copy (or ours) was made from the other.
  const base = theirs.basedOn ?? ours.basedOn;
  const changedSinceBase = (at: string) => base === undefined || at > base;
  const ourDeleted = ours.deleted ?? {};
  const theirDeleted = theirs.deleted ?? {};

  const deleted: Record<string, string> = { ...ourDeleted };
  for (const [id, at] of Object.entries(theirDeleted)) deleted[id] = later(deleted[id], at)!;

  const milestones: Record<string, Milestone> = {};
  const ids = new Set([...Object.keys(ours.milestones), ...Object.keys(theirs.milestones)]);
  for (const id of ids) {
    const mine = ours.milestones[id];
    const other = theirs.milestones[id];
    if (mine && other) {
      if (same(mine, other)) milestones[id] = mine;
      else if (changedSinceBase(mine.updatedAt) && changedSinceBase(other.updatedAt)) {
        const keepTheirs = other.updatedAt > mine.updatedAt;
        milestones[id] = keepTheirs ? other : mine;
        summary.conflicts.push(
          `“${mine.title}” was changed on both sides; kept the ${keepTheirs ? 'file’s later edit' : 'later edit made here'}.`,
        );
      } else if (changedSinceBase(other.updatedAt)) {
        milestones[id] = other;
        summary.changed.push(other.title);
      } else milestones[id] = mine;
    } else if (mine) {
      const goneThere = theirDeleted[id];
      if (goneThere && !changedSinceBase(mine.updatedAt)) {
        summary.removed.push(mine.title);
      } else {
        milestones[id] = mine;
        if (goneThere) {
          delete deleted[id];
          summary.conflicts.push(
            `“${mine.title}” was deleted in the file but changed here; kept it.`,
          );
        }
      }
    } else if (other) {
      const goneHere = ourDeleted[id];
      if (goneHere && !changedSinceBase(other.updatedAt)) continue;
      milestones[id] = other;
      if (goneHere) {
        delete deleted[id];
        summary.conflicts.push(
          `“${other.title}” was deleted here but changed in the file; restored it.`,
        );
      } else summary.added.push(other.title);
    }
  }

  const horizons = mergeHorizons(ours, theirs, ourDeleted, theirDeleted, summary);
  // A milestone whose horizon is gone on the merged board moves to the first horizon.
  for (const [id, m] of Object.entries(milestones)) {
    if (!horizons.some((h) => h.id === m.horizonId))
      milestones[id] = { ...m, horizonId: horizons[0]!.id };
  }

  const theirsLater = theirs.updatedAt > ours.updatedAt;
  const fields: Partial<Board> = {};
  for (const key of Object.keys(BOARD_FIELDS) as (keyof typeof BOARD_FIELDS)[]) {
    if (!same(ours[key], theirs[key])) {
      if (theirsLater) Object.assign(fields, { [key]: theirs[key] });
      summary.conflicts.push(
        `${BOARD_FIELDS[key]} differ; kept the ${theirsLater ? 'file’s' : 'one here'}, the later edit.`,
      );
    }
  }

  const unchanged =
    !summary.added.length &&
    !summary.changed.length &&
    !summary.removed.length &&
    !summary.conflicts.length;
  if (unchanged && same(deleted, ourDeleted)) return { board: ours, summary };
  const board: Board = {
    ...ours,
    ...fields,
    horizons,
    milestones,
    updatedAt: now,
    ...(Object.keys(deleted).length ? { deleted } : {}),
  };
  if (!Object.keys(deleted).length) delete board.deleted;
  if (board.agreedOn === undefined) delete board.agreedOn;
  return { board, summary };
}

function mergeHorizons(
  ours: Board,
  theirs: Board,
  ourDeleted: Record<string, string>,
  theirDeleted: Record<string, string>,
  summary: MergeSummary,
): Horizon[] {
  const theirsById = new Map(theirs.horizons.map((h) => [h.id, h]));
  const oursById = new Map(ours.horizons.map((h) => [h.id, h]));
  const theirsLater = theirs.updatedAt > ours.updatedAt;
  const result: Horizon[] = [];
  for (const horizon of ours.horizons) {
    const other = theirsById.get(horizon.id);
    if (!other) {
      if (theirDeleted[horizon.id]) summary.removed.push(`horizon ${horizon.title}`);
      else result.push(horizon);
    } else if (same(horizon, other)) result.push(horizon);
    else {
      result.push(theirsLater ? other : horizon);
      summary.conflicts.push(
        `Horizon “${horizon.title}” differs; kept the ${theirsLater ? 'file’s' : 'one here'}, the later edit.`,
      );
    }
  }
  // Their new horizons go after the one they follow in their order.
  theirs.horizons.forEach((horizon, index) => {
    if (oursById.has(horizon.id) || ourDeleted[horizon.id]) return;
    const before = theirs.horizons[index - 1];
    const at = before ? result.findIndex((h) => h.id === before.id) + 1 : 0;
    result.splice(at > 0 ? at : before ? result.length : 0, 0, horizon);
    summary.added.push(`horizon ${horizon.title}`);
  });
  // A board keeps at least one horizon, whatever the two sides removed.
  return result.length ? result : [ours.horizons[0]!];
}
