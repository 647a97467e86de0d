import { LIMITS, type Board, type Horizon } from './schema';
import { milestoneIdsIn } from './milestones';
import { newId } from './ids';

export const DEFAULT_HORIZONS: readonly Omit<Horizon, 'id'>[] = [
  { title: 'Now', timeframe: '0–6 months' },
  { title: 'Next', timeframe: '6–18 months' },
  { title: 'Later', timeframe: '18 months–3 years' },
  { title: 'Vision', timeframe: '3–5+ years' },
];

export function defaultHorizons(): Horizon[] {
  return DEFAULT_HORIZONS.map((h) => ({ ...h, id: newId() }));
}

function cleanTitle(title: string): string {
  const clean = title.trim().slice(0, LIMITS.horizonTitle);
  if (!clean) throw new Error('A horizon needs a name');
  return clean;
}

export function addHorizon(
  board: Board,
  fields: { title: string; timeframe?: string },
  {
    id = newId(),
    index,
    now = new Date().toISOString(),
  }: { id?: string; index?: number; now?: string } = {},
): Board {
  if (board.horizons.length >= LIMITS.horizons) {
    throw new Error(`A board holds at most ${LIMITS.horizons} horizons`);
  }
  const horizon: Horizon = {
    id,
    title: cleanTitle(fields.title),
    timeframe: (fields.timeframe ?? '').trim().slice(0, LIMITS.timeframe),
  };
  const horizons = [...board.horizons];
  horizons.splice(index ?? horizons.length, 0, horizon);
  return { ...board, horizons, updatedAt: now };
}

export function renameHorizon(
  board: Board,
  id: string,
  fields: { title?: string; timeframe?: string },
  now = new Date().toISOString(),
): Board {
  let changed = false;
  const horizons = board.horizons.map((h) => {
    if (h.id !== id) return h;
    const title = fields.title === undefined ? h.title : cleanTitle(fields.title);
    const timeframe =
      fields.timeframe === undefined
        ? h.timeframe
        : fields.timeframe.trim().slice(0, LIMITS.timeframe);
    if (title === h.title && timeframe === h.timeframe) return h;
    changed = true;
    return { ...h, title, timeframe };
  });
  return changed ? { ...board, horizons, updatedAt: now } : board;
}

export function moveHorizon(
  board: Board,
  id: string,
  toIndex: number,
  now = new Date().toISOString(),
): Board {
  const from = board.horizons.findIndex((h) => h.id === id);
  const to = Math.max(0, Math.min(board.horizons.length - 1, Math.round(toIndex)));
  if (from < 0 || from === to) return board;
  const horizons = [...board.horizons];
  const [moved] = horizons.splice(from, 1);
  horizons.splice(to, 0, moved!);
  return { ...board, horizons, updatedAt: now };
}

export type RemoveHorizonResult =
  { ok: true; board: Board; movedTo?: Horizon; movedCount: number } | { ok: false; reason: string };

/**
 * Removes a horizon. Its milestones are never dropped: they move to the end of the horizon
 * before it (or after it, when it is the first). The last horizon cannot be removed.
 */
export function removeHorizon(
  board: Board,
  id: string,
  now = new Date().toISOString(),
): RemoveHorizonResult {
  const index = board.horizons.findIndex((h) => h.id === id);
  if (index < 0) return { ok: false, reason: 'That horizon is no longer on the board.' };
  if (board.horizons.length === 1) {
    return {
      ok: false,
      reason: 'A board needs at least one horizon. Add another before removing this one.',
    };
  }
  const horizons = board.horizons.filter((h) => h.id !== id);
  const deleted = { ...board.deleted, [id]: now };
  const orphans = milestoneIdsIn(board, id);
  // Parked and achieved milestones of this horizon stay in their side area, remembering
  // the neighbour as their horizon from now on.
  const sideOrphans = Object.values(board.milestones).filter(
    (m) => m.horizonId === id && !orphans.includes(m.id),
  );
  if (orphans.length === 0 && sideOrphans.length === 0)
    return { ok: true, board: { ...board, horizons, deleted, updatedAt: now }, movedCount: 0 };

  const target = board.horizons[index > 0 ? index - 1 : index + 1]!;
  const targetIds = milestoneIdsIn(board, target.id);
  const last = targetIds.length ? board.milestones[targetIds[targetIds.length - 1]!]!.position : -1;
  const milestones = { ...board.milestones };
  orphans.forEach((mid, i) => {
    milestones[mid] = {
      ...milestones[mid]!,
      horizonId: target.id,
      position: last + 1 + i,
      updatedAt: now,
    };
  });
  for (const m of sideOrphans) milestones[m.id] = { ...m, horizonId: target.id, updatedAt: now };
  return {
    ok: true,
    board: { ...board, horizons, milestones, deleted, updatedAt: now },
    movedTo: target,
    movedCount: orphans.length,
  };
}

export function horizonById(board: Board, id: string): Horizon | undefined {
  return board.horizons.find((h) => h.id === id);
}
