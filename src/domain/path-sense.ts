import type { Board, Link, Milestone } from './schema';
import { LINK_KIND_INVERSE, LINK_KIND_LABELS } from './link-terms';
import { containerOf, placeNameOf, sideArea } from './milestones';
import { linksOf, loopsOf, stepOf } from './pathways';

/**
 * What a board's pathways mean (issue 17): the whole path through one milestone, the chance
 * that a chain lands, where a path contradicts time, and how a card's links read aloud.
 * Worked out once per change of the board's links or milestones (cached by identity).
 */

interface PathIndex {
  /** Milestone → the links that touch it. */
  touching: Map<string, Link[]>;
  /** Milestone → what has to land before it (its steps' `before`). */
  needs: Map<string, string[]>;
  /** Milestone → what it opens the way to. */
  opens: Map<string, string[]>;
}

const indexes = new WeakMap<readonly Link[], PathIndex>();

function addTo<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function pathIndex(links: readonly Link[]): PathIndex {
  let index = indexes.get(links);
  if (index) return index;
  index = { touching: new Map(), needs: new Map(), opens: new Map() };
  for (const link of links) {
    addTo(index.touching, link.from, link);
    addTo(index.touching, link.to, link);
    const { before, after } = stepOf(link);
    addTo(index.needs, after, before);
    addTo(index.opens, before, after);
  }
  indexes.set(links, index);
  return index;
}

/** The links that start or end at a milestone, in the board's order. */
export const linksAt = (board: Pick<Board, 'links'>, id: string): readonly Link[] =>
  pathIndex(linksOf(board)).touching.get(id) ?? [];

function walk(start: string, next: Map<string, string[]>): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length)
    for (const id of next.get(queue.pop()!) ?? [])
      if (id !== start && !seen.has(id)) {
        seen.add(id);
        queue.push(id);
      }
  return seen;
}

/** Where a milestone stands in time: its horizon's index; side areas stand outside time. */
function timeIndex(board: Pick<Board, 'horizons'>, milestone: Milestone): number | undefined {
  if (sideArea(containerOf(milestone))) return undefined;
  const index = board.horizons.findIndex((h) => h.id === milestone.horizonId);
  return index < 0 ? undefined : index;
}

/**
 * Milestones in the order they have to land: each after what it needs among them, ties in
 * the horizons' order and then the cards'. Milestones in a loop come in board order.
 */
function landingOrder(board: Pick<Board, 'links' | 'milestones' | 'horizons'>, ids: Set<string>) {
  const { needs } = pathIndex(linksOf(board));
  const rank = (id: string) => {
    const m = board.milestones[id]!;
    return [timeIndex(board, m) ?? board.horizons.length, m.position] as const;
  };
  const byBoard = (a: string, b: string) => {
    const [ha, pa] = rank(a);
    const [hb, pb] = rank(b);
    return ha - hb || pa - pb || (a < b ? -1 : 1);
  };
  const waiting = new Map(
    [...ids].map((id) => [id, (needs.get(id) ?? []).filter((n) => ids.has(n)).length]),
  );
  const order: string[] = [];
  while (waiting.size) {
    const ready = [...waiting].filter(([, count]) => count === 0).map(([id]) => id);
    // A loop leaves nothing ready: its first milestone in board order goes next.
    const next = (ready.length ? ready : [...waiting.keys()]).sort(byBoard)[0]!;
    order.push(next);
    waiting.delete(next);
    for (const [id] of waiting)
      if ((needs.get(id) ?? []).includes(next)) waiting.set(id, waiting.get(id)! - 1);
  }
  return order;
}

/** The whole path through one milestone: what leads up to it, and what it leads on to. */
export interface Path {
  /** What has to land before it, in landing order. */
  upstream: string[];
  /** What it opens the way to, in landing order. */
  downstream: string[];
  /** Every link on the path. */
  linkIds: Set<string>;
}

export function pathOf(board: Pick<Board, 'links' | 'milestones' | 'horizons'>, id: string): Path {
  const { needs, opens } = pathIndex(linksOf(board));
  const up = walk(id, needs);
  const down = walk(id, opens);
  const before = new Set([...up, id]);
  const after = new Set([...down, id]);
  const linkIds = new Set<string>();
  for (const link of linksOf(board)) {
    const step = stepOf(link);
    if (
      (before.has(step.before) && before.has(step.after)) ||
      (after.has(step.before) && after.has(step.after))
    )
      linkIds.add(link.id);
  }
  return { upstream: landingOrder(board, up), downstream: landingOrder(board, down), linkIds };
}

/** How likely one step is to land: an achieved one has, a parked one will not. */
export function stepChance(m: Milestone): number | undefined {
  if (m.status === 'achieved') return 1;
  if (m.status === 'dropped') return 0;
  return m.confidence === undefined ? undefined : m.confidence / 100;
}

/** The chance a milestone and everything it needs all land. */
export interface ChainChance {
  /** The milestone's chain in landing order, itself last. */
  steps: Milestone[];
  /** The product of the steps' chances that are known; undefined when none is. */
  together: number | undefined;
  /** Steps nobody has given a confidence yet: left out of `together`. */
  unknown: Milestone[];
}

export function chainChance(
  board: Pick<Board, 'links' | 'milestones' | 'horizons'>,
  id: string,
): ChainChance {
  const steps = [...pathOf(board, id).upstream, id].map((s) => board.milestones[s]!);
  let together: number | undefined;
  const unknown: Milestone[] = [];
  for (const step of steps) {
    const chance = stepChance(step);
    if (chance === undefined) unknown.push(step);
    else together = (together ?? 1) * chance;
  }
  return { steps, together, unknown };
}

/** "24 %": a chance as a partner manager reads it, never "0 %" for a small but real one. */
export function percentOf(chance: number): string {
  const value = chance * 100;
  if (value > 0 && value < 1) return '< 1 %';
  return `${Math.round(value)} %`;
}

/** "The joint product needs 3 things to land: 24 % together." */
export function chainSentence(chance: ChainChance): string {
  const [last] = chance.steps.slice(-1);
  if (!last || chance.steps.length < 2) return '';
  const needs = `“${last.title}” needs ${chance.steps.length} milestones to land, itself included`;
  if (chance.together === undefined) return `${needs}. Give them a confidence to see the chance.`;
  const missing = chance.unknown.length
    ? ` (not counting ${chance.unknown.length} with no confidence yet)`
    : '';
  return `${needs}: ${percentOf(chance.together)} together${missing}.`;
}

/** Where a path contradicts time or status. */
export interface PathWarning {
  /** The milestone the warning belongs to: the one whose plan it puts in doubt. */
  milestoneId: string;
  linkId?: string;
  text: string;
}

function linkWarning(board: Board, link: Link): PathWarning | undefined {
  const from = board.milestones[link.from];
  const to = board.milestones[link.to];
  if (!from || !to) return undefined;
  const { before, after } = stepOf(link);
  const first = board.milestones[before]!;
  const then = board.milestones[after]!;
  if (then.status === 'committed' && first.status === 'dropped')
    return {
      milestoneId: after,
      linkId: link.id,
      text: `Committed, but it needs “${first.title}”, which is parked.`,
    };
  const [a, b] = [timeIndex(board, first), timeIndex(board, then)];
  const backwards =
    a !== undefined &&
    b !== undefined &&
    (a > b ||
      (a === b && !!first.targetDate && !!then.targetDate && first.targetDate > then.targetDate));
  if (!backwards) return undefined;
  const when = a === b ? 'dated later' : `in ${placeNameOf(board, first)}, a later horizon`;
  return link.kind === 'depends-on'
    ? {
        milestoneId: after,
        linkId: link.id,
        text: `Depends on “${first.title}”, which is ${when}.`,
      }
    : {
        milestoneId: before,
        linkId: link.id,
        text: `Leads to “${then.title}”, which comes earlier: ${a === b ? 'it is dated sooner' : `it is in ${placeNameOf(board, then)}`}.`,
      };
}

interface CachedWarnings {
  links: readonly Link[];
  horizons: Board['horizons'];
  warnings: PathWarning[];
}
const warningsCache = new WeakMap<Board['milestones'], CachedWarnings>();

/** Every warning of the board's paths, worked out once per change of its links, milestones or horizons. */
export function pathWarnings(board: Board): PathWarning[] {
  const links = linksOf(board);
  if (!links.length) return [];
  const cached = warningsCache.get(board.milestones);
  if (cached && cached.links === links && cached.horizons === board.horizons)
    return cached.warnings;
  const warnings = links.flatMap((link) => linkWarning(board, link) ?? []);
  for (const loop of loopsOf(links))
    for (const id of loop)
      warnings.push({
        milestoneId: id,
        text: `It is in a loop: ${loop.length} milestones lead to one another.`,
      });
  warningsCache.set(board.milestones, { links, horizons: board.horizons, warnings });
  return warnings;
}

/** The warnings of one milestone's links; none when its path makes sense. */
export const warningsOf = (board: Board, id: string): PathWarning[] =>
  pathWarnings(board).filter((w) => w.milestoneId === id);

/** "leads to Joint product, in Later; follows from Leads swap, in Now": a card's links read aloud. */
export function linkWords(board: Board, id: string, max = 4): string {
  const links = linksAt(board, id);
  const words = links.slice(0, max).map((link) => {
    const out = link.from === id;
    const other = board.milestones[out ? link.to : link.from];
    if (!other) return '';
    const verb = out ? LINK_KIND_LABELS[link.kind] : LINK_KIND_INVERSE[link.kind];
    return `${verb} ${other.title}, in ${placeNameOf(board, other)}`;
  });
  const more = links.length > max ? `and ${links.length - max} more links` : '';
  return [...words, more].filter(Boolean).join('; ');
}
