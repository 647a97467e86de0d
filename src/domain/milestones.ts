import { LIMITS, type Board, type Milestone } from './schema';
import type { MilestoneStatus, MilestoneType } from './ladder';
import { newId } from './ids';

/** The fields a person edits; everything else the board keeps for them. */
export interface MilestoneDraft {
  title: string;
  type: MilestoneType;
  customType?: string | undefined;
  notes: string;
  owner: string;
  confidence: number;
  impact: number;
  status: MilestoneStatus;
  tags: string[];
  targetDate?: string | undefined;
}

/** A new milestone is "other" until someone places it on the ladder: a quick idea typed in a
 * workshop should not claim to be about leads. */
export const EMPTY_DRAFT: MilestoneDraft = {
  title: '',
  type: 'custom',
  notes: '',
  owner: '',
  confidence: 50,
  impact: 3,
  status: 'idea',
  tags: [],
};

const byPosition = (a: Milestone, b: Milestone) =>
  a.position - b.position || (a.id < b.id ? -1 : 1);

const orderCache = new WeakMap<Board['milestones'], Map<string, string[]>>();

/**
 * Milestone ids of every horizon in display order. Cached per milestones object, so every
 * column of a board shares one pass over the milestones after each edit.
 */
export function milestoneOrder(board: Board): Map<string, string[]> {
  const cached = orderCache.get(board.milestones);
  if (cached) return cached;
  const groups = new Map<string, Milestone[]>();
  for (const m of Object.values(board.milestones)) {
    const list = groups.get(m.horizonId);
    if (list) list.push(m);
    else groups.set(m.horizonId, [m]);
  }
  const order = new Map<string, string[]>();
  for (const [horizonId, list] of groups)
    order.set(
      horizonId,
      list.sort(byPosition).map((m) => m.id),
    );
  orderCache.set(board.milestones, order);
  return order;
}

const NO_IDS: readonly string[] = Object.freeze([]);

export function milestoneIdsIn(board: Board, horizonId: string): readonly string[] {
  return milestoneOrder(board).get(horizonId) ?? NO_IDS;
}

function hasHorizon(board: Board, horizonId: string): boolean {
  return board.horizons.some((h) => h.id === horizonId);
}

function clampInt(value: number, min: number, max: number): number {
  if (!Number.isFinite(value)) return min;
  return Math.min(max, Math.max(min, Math.round(value)));
}

/** Trims text, drops empty and repeated tags, keeps numbers in range: the draft as stored. */
export function normaliseDraft(draft: MilestoneDraft): MilestoneDraft {
  const tags: string[] = [];
  for (const raw of draft.tags) {
    const tag = raw.trim().slice(0, LIMITS.tag);
    if (tag && !tags.some((t) => t.toLowerCase() === tag.toLowerCase())) tags.push(tag);
  }
  const customType = draft.type === 'custom' ? draft.customType?.trim() || undefined : undefined;
  return {
    title: draft.title.trim(),
    type: draft.type,
    customType,
    notes: draft.notes,
    owner: draft.owner.trim(),
    confidence: clampInt(draft.confidence, 0, 100),
    impact: clampInt(draft.impact, 1, 5),
    status: draft.status,
    tags: tags.slice(0, LIMITS.tags),
    targetDate: draft.targetDate || undefined,
  };
}

function withoutUndefined<T extends object>(value: T): T {
  const out = { ...value };
  for (const key of Object.keys(out) as (keyof T)[]) if (out[key] === undefined) delete out[key];
  return out;
}

/**
 * The sort key for a card placed at `index` among `ids` (the horizon without the moved card).
 * Returns undefined when two neighbours are too close to fit between: the caller renumbers.
 */
function positionAt(board: Board, ids: readonly string[], index: number): number | undefined {
  const at = clampInt(index, 0, ids.length);
  const before = at > 0 ? board.milestones[ids[at - 1]!] : undefined;
  const after = at < ids.length ? board.milestones[ids[at]!] : undefined;
  if (!before && !after) return 0;
  if (!before) return after!.position - 1;
  if (!after) return before.position + 1;
  const mid = (before.position + after.position) / 2;
  return mid > before.position && mid < after.position ? mid : undefined;
}

function renumber(milestones: Board['milestones'], ids: readonly string[]): Board['milestones'] {
  const next = { ...milestones };
  ids.forEach((id, i) => {
    const m = next[id];
    if (m && m.position !== i) next[id] = { ...m, position: i };
  });
  return next;
}

export interface AddOptions {
  id?: string;
  /** Where in the horizon; the end when left out. */
  index?: number;
  now?: string;
}

export function addMilestone(
  board: Board,
  horizonId: string,
  draft: Partial<MilestoneDraft> & Pick<MilestoneDraft, 'title'>,
  { id = newId(), index, now = new Date().toISOString() }: AddOptions = {},
): Board {
  if (!hasHorizon(board, horizonId)) throw new Error(`No horizon with id ${horizonId}`);
  if (board.milestones[id]) throw new Error(`A milestone with id ${id} already exists`);
  const fields = normaliseDraft({ ...EMPTY_DRAFT, ...draft });
  if (!fields.title) throw new Error('A milestone needs a title');
  let milestones = board.milestones;
  const ids = milestoneIdsIn(board, horizonId);
  let position = positionAt(board, ids, index ?? ids.length);
  if (position === undefined) {
    milestones = renumber(milestones, ids);
    position = positionAt({ ...board, milestones }, ids, index ?? ids.length)!;
  }
  const milestone: Milestone = withoutUndefined({
    ...fields,
    id,
    horizonId,
    position,
    createdAt: now,
    updatedAt: now,
  });
  return { ...board, milestones: { ...milestones, [id]: milestone }, updatedAt: now };
}

export function updateMilestone(
  board: Board,
  id: string,
  patch: Partial<MilestoneDraft>,
  now = new Date().toISOString(),
): Board {
  const current = board.milestones[id];
  if (!current) return board;
  const fields = normaliseDraft({ ...current, ...patch });
  if (!fields.title) throw new Error('A milestone needs a title');
  const next: Milestone = withoutUndefined({
    ...current,
    ...fields,
    updatedAt: now,
  });
  return { ...board, milestones: { ...board.milestones, [id]: next }, updatedAt: now };
}

/** Moves a milestone to `index` within `horizonId` (counted without the moved card). */
export function moveMilestone(
  board: Board,
  id: string,
  horizonId: string,
  index: number,
  now = new Date().toISOString(),
): Board {
  const current = board.milestones[id];
  if (!current || !hasHorizon(board, horizonId)) return board;
  const ids = milestoneIdsIn(board, horizonId).filter((other) => other !== id);
  const from = milestoneIdsIn(board, current.horizonId).indexOf(id);
  if (current.horizonId === horizonId && from === clampInt(index, 0, ids.length)) return board;
  let milestones = board.milestones;
  let position = positionAt(board, ids, index);
  if (position === undefined) {
    milestones = renumber(milestones, ids);
    position = positionAt({ ...board, milestones }, ids, index)!;
  }
  const moved: Milestone = { ...current, horizonId, position, updatedAt: now };
  return { ...board, milestones: { ...milestones, [id]: moved }, updatedAt: now };
}

export function deleteMilestone(board: Board, id: string, now = new Date().toISOString()): Board {
  if (!board.milestones[id]) return board;
  const milestones = { ...board.milestones };
  delete milestones[id];
  // The tombstone keeps a merge with an older copy from bringing the milestone back.
  return { ...board, milestones, deleted: { ...board.deleted, [id]: now }, updatedAt: now };
}

/** Where a milestone sits: its horizon and its index there, for announcements and focus. */
export function milestonePlace(
  board: Board,
  id: string,
): { horizonId: string; index: number; count: number } | undefined {
  const m = board.milestones[id];
  if (!m) return undefined;
  const ids = milestoneIdsIn(board, m.horizonId);
  return { horizonId: m.horizonId, index: ids.indexOf(id), count: ids.length };
}
