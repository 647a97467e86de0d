import { LIMITS, type Board, type Milestone } from './schema';
import type { MilestoneStatus } from './ladder';
import { newId } from './ids';

/** The fields a person edits: the schema's milestone without what the board keeps for them. A
 * field added to the schema is in the draft at once, and the compiler asks for its default. */
export type MilestoneDraft = Omit<
  Milestone,
  'id' | 'horizonId' | 'position' | 'createdAt' | 'updatedAt' | 'example' | 'extensions'
>;

/** A new milestone has no type and no confidence until someone gives them: a quick idea typed
 * in a workshop should not claim a rung of the ladder, or a likelihood, nobody decided. */
export const EMPTY_DRAFT: MilestoneDraft = {
  title: '',
  notes: '',
  owner: '',
  impact: 3,
  status: 'idea',
  tags: [],
};

/**
 * Beside the horizons, two side areas keep dropped and done futures in view without
 * cluttering the horizons: a milestone parked or achieved sits there (it remembers its
 * horizon). Their ids cannot collide with a horizon's: ids never hold a colon.
 */
export const SIDE_AREAS = [
  { id: 'side:parked', status: 'dropped', title: 'Parked / not doing', revivedAs: 'idea' },
  { id: 'side:achieved', status: 'achieved', title: 'Achieved', revivedAs: 'committed' },
] as const satisfies readonly {
  id: string;
  status: MilestoneStatus;
  title: string;
  /** The status a milestone takes when it is moved back onto a horizon. */
  revivedAs: MilestoneStatus;
}[];
export type SideAreaId = (typeof SIDE_AREAS)[number]['id'];

export const sideArea = (id: string) => SIDE_AREAS.find((area) => area.id === id);

/** Where a milestone shows: its horizon, or the side area its status puts it in. */
export function containerOf(m: Pick<Milestone, 'status' | 'horizonId'>): string {
  return SIDE_AREAS.find((area) => area.status === m.status)?.id ?? m.horizonId;
}

/** A horizon's or side area's name, on the first of `boards` that has it; a removed one says so. */
export function placeName(id: string, ...boards: readonly Pick<Board, 'horizons'>[]): string {
  const side = sideArea(id);
  if (side) return side.title;
  for (const board of boards) {
    const horizon = board.horizons.find((h) => h.id === id);
    if (horizon) return horizon.title;
  }
  return 'a horizon since removed';
}

/** The name of where a milestone shows: its horizon, or its side area ("Achieved"). */
export const placeNameOf = (board: Pick<Board, 'horizons'>, m: Milestone) =>
  placeName(containerOf(m), board);

const byPosition = (a: Milestone, b: Milestone) =>
  a.position - b.position || (a.id < b.id ? -1 : 1);

const orderCache = new WeakMap<Board['milestones'], Map<string, string[]>>();

/**
 * Milestone ids of every horizon and side area in display order. Cached per milestones
 * object, so every column of a board shares one pass over the milestones after each edit.
 */
export function milestoneOrder(board: Pick<Board, 'milestones'>): Map<string, string[]> {
  const cached = orderCache.get(board.milestones);
  if (cached) return cached;
  const groups = new Map<string, Milestone[]>();
  for (const m of Object.values(board.milestones)) {
    const key = containerOf(m);
    const list = groups.get(key);
    if (list) list.push(m);
    else groups.set(key, [m]);
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

/** The ids shown in a horizon (parked and achieved ones left out) or in a side area. */
export function milestoneIdsIn(
  board: Pick<Board, 'milestones'>,
  containerId: string,
): readonly string[] {
  return milestoneOrder(board).get(containerId) ?? NO_IDS;
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
    confidence: draft.confidence === undefined ? undefined : clampInt(draft.confidence, 0, 100),
    impact: clampInt(draft.impact, 1, 5),
    status: draft.status,
    tags: tags.slice(0, LIMITS.tags),
    targetDate: draft.targetDate || undefined,
    internal: draft.internal || undefined,
    notesInternal: draft.notesInternal || undefined,
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
  /** One of the starter template's examples. */
  example?: boolean;
}

export function addMilestone(
  board: Board,
  horizonId: string,
  draft: Partial<MilestoneDraft> & Pick<MilestoneDraft, 'title'>,
  { id = newId(), index, now = new Date().toISOString(), example }: AddOptions = {},
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
    ...(example && { example: true }),
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
    // A new title makes an example the team's own: "Clear examples" leaves it alone.
    example: fields.title === current.title ? current.example : undefined,
    updatedAt: now,
  });
  return { ...board, milestones: { ...board.milestones, [id]: next }, updatedAt: now };
}

/**
 * Moves a milestone to `index` within a horizon or side area (counted without the moved
 * card). Into a side area it takes that area's status and keeps its horizon; out of one
 * onto a horizon it becomes live again.
 */
export function moveMilestone(
  board: Board,
  id: string,
  containerId: string,
  index: number,
  now = new Date().toISOString(),
): Board {
  const current = board.milestones[id];
  const side = sideArea(containerId);
  if (!current || (!side && !hasHorizon(board, containerId))) return board;
  const ids = milestoneIdsIn(board, containerId).filter((other) => other !== id);
  const fromContainer = containerOf(current);
  const from = milestoneIdsIn(board, fromContainer).indexOf(id);
  if (fromContainer === containerId && from === clampInt(index, 0, ids.length)) return board;
  let milestones = board.milestones;
  let position = positionAt(board, ids, index);
  if (position === undefined) {
    milestones = renumber(milestones, ids);
    position = positionAt({ ...board, milestones }, ids, index)!;
  }
  const leaving = sideArea(fromContainer);
  const moved: Milestone = side
    ? { ...current, status: side.status, position, updatedAt: now }
    : {
        ...current,
        horizonId: containerId,
        ...(leaving && { status: leaving.revivedAs }),
        position,
        updatedAt: now,
      };
  return { ...board, milestones: { ...milestones, [id]: moved }, updatedAt: now };
}

export function deleteMilestone(board: Board, id: string, now = new Date().toISOString()): Board {
  if (!board.milestones[id]) return board;
  const milestones = { ...board.milestones };
  delete milestones[id];
  // Dots on it in the open round go back to their owners; closed rounds keep their results.
  const open = board.rounds.at(-1);
  const rounds =
    open && !open.closedAt && open.votes.some((v) => v.milestoneId === id)
      ? [
          ...board.rounds.slice(0, -1),
          { ...open, votes: open.votes.filter((v) => v.milestoneId !== id) },
        ]
      : board.rounds;
  // Its links go with it; the tombstones keep a merge with an older copy from bringing
  // the milestone or its links back.
  const links = board.links?.filter((link) => link.from !== id && link.to !== id);
  const deleted = { ...board.deleted, [id]: now };
  for (const link of board.links ?? []) if (!links?.includes(link)) deleted[link.id] = now;
  const next: Board = { ...board, milestones, rounds, deleted, updatedAt: now };
  if (links?.length) next.links = links;
  else delete next.links;
  return next;
}

/** Where a milestone shows: its horizon or side area and its index there. */
export function milestonePlace(
  board: Board,
  id: string,
): { containerId: string; index: number; count: number } | undefined {
  const m = board.milestones[id];
  if (!m) return undefined;
  const containerId = containerOf(m);
  const ids = milestoneIdsIn(board, containerId);
  return { containerId, index: ids.indexOf(id), count: ids.length };
}
