import { LIMITS, type Board } from './schema';

/**
 * Scenarios: alternative futures of one partnership ("We acquire them", "They acquire us"),
 * each a board of its own forked from the main one, weighed side by side with the same
 * comparison as then versus now (compare.ts), and one of them adopted as the plan. A fork
 * keeps every horizon's and milestone's id, so a comparison knows a card on both. Pure.
 */

const cleanName = (name: string) => name.trim().replace(/\s+/g, ' ').slice(0, LIMITS.snapshotName);

/** The title of a scenario board: its origin's, and its name. */
export function scenarioTitle(originTitle: string, name: string): string {
  const suffix = ` – ${name}`;
  return `${originTitle.slice(0, Math.max(1, LIMITS.boardTitle - suffix.length))}${suffix}`.slice(
    0,
    LIMITS.boardTitle,
  );
}

/**
 * `board` forked as the scenario `name`: the same plan under a new id, linked to it. It starts
 * with no timeline, tombstones or origin of its own: its past is the main board's.
 */
export function forkScenario(
  board: Board,
  { id, name, now }: { id: string; name: string; now: string },
): Board {
  const {
    timeline: _timeline,
    deleted: _deleted,
    basedOn: _basedOn,
    edited: _edited,
    scenario: _scenario,
    ...plan
  } = board;
  const clean = cleanName(name);
  return {
    ...plan,
    id,
    title: scenarioTitle(board.title, clean),
    // A scenario of a scenario is one more alternative of the same main board.
    scenario: { of: board.scenario?.of ?? board.id, name: clean },
    createdAt: now,
    updatedAt: now,
  };
}

/** The parts of a board that are its plan: what adopting a scenario takes from it. */
const PLAN = [
  'partner',
  'vision',
  'whyUs',
  'whyThem',
  'agreedBy',
  'agreedOn',
  'values',
  'participants',
  'rounds',
  'horizons',
  'milestones',
  'links',
] as const satisfies readonly (keyof Board)[];

/**
 * The main board with a scenario's plan adopted: its vision, values, horizons and milestones
 * become the board's, which keeps its own id, title, timeline and history. What the scenario
 * no longer holds is tombstoned, so a merge with an older copy does not bring it back.
 */
export function adoptScenario(origin: Board, scenario: Board, now: string): Board {
  const adopted: Board = { ...origin, updatedAt: now };
  for (const key of PLAN) (adopted as Record<string, unknown>)[key] = scenario[key];
  if (scenario.agreedOn === undefined) delete adopted.agreedOn;
  if (scenario.links === undefined) delete adopted.links;
  const kept = new Set([
    ...Object.keys(scenario.milestones),
    ...scenario.horizons.map((h) => h.id),
    ...scenario.values.map((v) => v.id),
    ...scenario.participants.map((p) => p.id),
    ...scenario.rounds.map((r) => r.id),
    ...(scenario.links ?? []).map((l) => l.id),
  ]);
  const gone = [
    ...Object.keys(origin.milestones),
    ...origin.horizons.map((h) => h.id),
    ...origin.values.map((v) => v.id),
    ...origin.participants.map((p) => p.id),
    ...origin.rounds.map((r) => r.id),
    ...(origin.links ?? []).map((l) => l.id),
  ].filter((id) => !kept.has(id));
  if (gone.length)
    adopted.deleted = {
      ...origin.deleted,
      ...Object.fromEntries(gone.map((id) => [id, now])),
    };
  return adopted;
}

/** The scenarios of `boardId` among `boards`, in the order given. */
export const scenariosOf = (boards: readonly Board[], boardId: string): Board[] =>
  boards.filter((b) => b.scenario?.of === boardId);

/**
 * Boards in list order with each board's scenarios right after it, and whether each row is a
 * scenario shown under its main board. A scenario whose main board is gone (or is itself a
 * scenario, from a file) stands alone.
 */
export function groupScenarios<T extends Pick<Board, 'id' | 'scenario'>>(
  boards: readonly T[],
): { board: T; under: boolean }[] {
  // Shown under its main board only when that board is here and is no scenario itself.
  const mains = new Set(boards.filter((b) => !b.scenario).map((b) => b.id));
  const nested = (b: T) => b.scenario !== undefined && mains.has(b.scenario.of);
  const rows: { board: T; under: boolean }[] = [];
  for (const board of boards) {
    if (nested(board)) continue;
    rows.push({ board, under: false });
    for (const child of boards)
      if (child.scenario?.of === board.id && nested(child))
        rows.push({ board: child, under: true });
  }
  return rows;
}
