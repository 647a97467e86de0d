import { LIMITS, type Board, type Horizon } from './schema';
import { parseTimeframe, spanLabel } from './horizon-span';
import { milestoneIdsIn } from './milestones';
import { newId } from './ids';
import { done, refuse, type Outcome, type Refusal } from './result';

/**
 * A timeframe as a horizon keeps it: the span its text says, and the label written from that
 * span ("6-18 mo" becomes "6–18 months"); text that says no span ("soon") is kept as written.
 */
export function timeframeFields(text: string): Pick<Horizon, 'timeframe' | 'span'> {
  const timeframe = text.trim().slice(0, LIMITS.timeframe);
  const span = parseTimeframe(timeframe);
  return span ? { timeframe: spanLabel(span).slice(0, LIMITS.timeframe), span } : { timeframe };
}

export const DEFAULT_HORIZONS: readonly Omit<Horizon, 'id'>[] = [
  '0–6 months',
  '6–18 months',
  '18 months–3 years',
  '3–5+ years',
].map((timeframe, i) => ({
  title: ['Now', 'Next', 'Later', 'Long term'][i]!,
  ...timeframeFields(timeframe),
}));

export function defaultHorizons(): Horizon[] {
  return DEFAULT_HORIZONS.map((h) => ({ ...h, id: newId() }));
}

/**
 * A horizon's name as kept, or why it cannot be: it is empty, or another horizon has it (two
 * columns of one name could not be told apart). The name `current` already has is kept as it
 * is, so a board that came with two of one name can still have their timeframes edited.
 */
function checkTitle(board: Board, title: string, current?: Horizon): string | Refusal {
  const clean = title.trim().slice(0, LIMITS.horizonTitle);
  if (!clean) return refuse('horizon-needs-name', 'Give the horizon a name, e.g. “Next”.');
  if (clean === current?.title) return clean;
  const key = clean.toLocaleLowerCase();
  const other = board.horizons.find((h) => h !== current && h.title.toLocaleLowerCase() === key);
  if (other)
    return refuse(
      'horizon-name-taken',
      `There is already a horizon called “${other.title}”. Choose another name.`,
    );
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
): Outcome {
  if (board.horizons.length >= LIMITS.horizons)
    return refuse(
      'too-many-horizons',
      `A board holds at most ${LIMITS.horizons} horizons. Remove one before adding another.`,
    );
  const title = checkTitle(board, fields.title);
  if (typeof title !== 'string') return title;
  const horizon: Horizon = { id, title, ...timeframeFields(fields.timeframe ?? '') };
  const horizons = [...board.horizons];
  horizons.splice(index ?? horizons.length, 0, horizon);
  return done({ ...board, horizons, updatedAt: now });
}

/** Renames a horizon or changes its timeframe; the same board when nothing changes. */
export function renameHorizon(
  board: Board,
  id: string,
  fields: { title?: string; timeframe?: string },
  now = new Date().toISOString(),
): Outcome {
  const current = board.horizons.find((h) => h.id === id);
  if (!current) return done(board);
  const title =
    fields.title === undefined ? current.title : checkTitle(board, fields.title, current);
  if (typeof title !== 'string') return title;
  const when =
    fields.timeframe === undefined || fields.timeframe.trim() === current.timeframe
      ? undefined
      : timeframeFields(fields.timeframe);
  if (title === current.title && !when) return done(board);
  const horizons = board.horizons.map((h) => {
    if (h !== current) return h;
    if (!when) return { ...h, title };
    const { span: _old, ...rest } = h;
    return { ...rest, title, ...when };
  });
  return done({ ...board, horizons, updatedAt: now });
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

export type RemoveHorizonResult = Outcome<{ movedTo?: Horizon; movedCount: number }>;

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
  if (index < 0) return refuse('horizon-gone', 'That horizon is no longer on the board.');
  if (board.horizons.length === 1)
    return refuse(
      'last-horizon',
      'A board needs at least one horizon. Add another before removing this one.',
    );
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
