import { LIMITS, type Board, type Link, type Milestone } from './schema';
import { LINK_KIND_LABELS, type LinkKind } from './link-terms';

/**
 * Pathways (issue 17): how one future leads to the next. A link either says that its `from`
 * leads to its `to` (swapping leads earns the trust for an integration) or that its `from`
 * depends on its `to` (the joint product needs the integration first). Both say which of two
 * milestones has to land first: the link's step. Steps may loop only through "leads to"
 * links (trust and usage feed each other); a "depends on" in a loop would have each
 * milestone wait for the other, so it is refused.
 */

const NO_LINKS: readonly Link[] = [];

/** The board's links; none while it has none. */
export const linksOf = (board: Pick<Board, 'links'>): readonly Link[] => board.links ?? NO_LINKS;

/** What a person chooses when linking two milestones. */
export interface LinkDraft {
  from: string;
  to: string;
  kind: LinkKind;
  label?: string;
}

/** Which of the link's two milestones has to land first, and which follows. */
export function stepOf(link: Pick<Link, 'from' | 'to' | 'kind'>): {
  before: string;
  after: string;
} {
  return link.kind === 'leads-to'
    ? { before: link.from, after: link.to }
    : { before: link.to, after: link.from };
}

/** Why a link cannot be made. */
export type LinkRefusal = 'self' | 'missing' | 'twice' | 'loop' | 'full';

/** In a partner manager's words, with what to do instead. */
export const LINK_REFUSALS: Record<LinkRefusal, string> = {
  self: 'A milestone cannot lead to itself. Choose another milestone.',
  missing: 'That milestone is no longer on the board. Choose another one.',
  twice:
    'These two milestones are already linked. Change the link in the milestone’s links instead.',
  loop: 'That would make each milestone wait for the other. Link them with “leads to”, or remove the link that points back.',
  full: `A board holds at most ${LIMITS.links.toLocaleString('en-US')} links. Remove one you no longer need first.`,
};

/** Whether `target` can be reached from `start` by following steps forward. */
function reaches(steps: ReadonlyMap<string, readonly string[]>, start: string, target: string) {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length) {
    const id = queue.pop()!;
    if (id === target) return true;
    for (const next of steps.get(id) ?? [])
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
  }
  return false;
}

/** Each milestone's followers, from a list of links. */
function followers(links: readonly Link[]): Map<string, string[]> {
  const after = new Map<string, string[]>();
  for (const link of links) {
    const step = stepOf(link);
    const list = after.get(step.before);
    if (list) list.push(step.after);
    else after.set(step.before, [step.after]);
  }
  return after;
}

const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

/** Why `draft` cannot join the board's links (leaving out the link `except`); undefined when it can. */
export function linkProblem(
  board: Pick<Board, 'links' | 'milestones'>,
  draft: Pick<LinkDraft, 'from' | 'to' | 'kind'>,
  except?: string,
): LinkRefusal | undefined {
  if (draft.from === draft.to) return 'self';
  if (!board.milestones[draft.from] || !board.milestones[draft.to]) return 'missing';
  const others = linksOf(board).filter((link) => link.id !== except);
  if (!except && others.length >= LIMITS.links) return 'full';
  const pair = pairKey(draft.from, draft.to);
  if (others.some((link) => pairKey(link.from, link.to) === pair)) return 'twice';
  if (draft.kind === 'depends-on') {
    const { before, after } = stepOf(draft);
    if (reaches(followers(others), after, before)) return 'loop';
  }
  return undefined;
}

const cleanLabel = (label: string | undefined) => {
  const trimmed = label?.trim().slice(0, LIMITS.linkLabel);
  return trimmed ? { label: trimmed } : {};
};

/** The board with one more link. Check linkProblem first: this does not. */
export function addLink(board: Board, draft: LinkDraft, id: string, now: string): Board {
  const link: Link = {
    id,
    from: draft.from,
    to: draft.to,
    kind: draft.kind,
    ...cleanLabel(draft.label),
    updatedAt: now,
  };
  return { ...board, links: [...linksOf(board), link], updatedAt: now };
}

/** A link with another kind or label; the same board when that changes nothing or would loop. */
export function updateLink(
  board: Board,
  id: string,
  patch: Partial<Pick<Link, 'kind' | 'label'>>,
  now: string,
): Board {
  const links = linksOf(board);
  const link = links.find((l) => l.id === id);
  if (!link) return board;
  const { label: _old, ...rest } = link;
  const changed: Link = {
    ...rest,
    kind: patch.kind ?? link.kind,
    ...cleanLabel('label' in patch ? patch.label : link.label),
    updatedAt: now,
  };
  if (changed.kind === link.kind && changed.label === link.label) return board;
  if (changed.kind !== link.kind && linkProblem(board, changed, id)) return board;
  return { ...board, links: links.map((l) => (l.id === id ? changed : l)), updatedAt: now };
}

/** The board without some links; their tombstones keep a merge from bringing them back. */
export function removeLinks(board: Board, ids: readonly string[], now: string): Board {
  const gone = new Set(ids);
  const links = linksOf(board);
  const kept = links.filter((link) => !gone.has(link.id));
  if (kept.length === links.length) return board;
  const deleted = { ...board.deleted };
  for (const link of links) if (gone.has(link.id)) deleted[link.id] = now;
  const next: Board = { ...board, links: kept, deleted, updatedAt: now };
  if (!kept.length) delete next.links;
  return next;
}

/** The ids of the links that start or end at a milestone. */
export const linksTouching = (board: Pick<Board, 'links'>, milestoneId: string): string[] =>
  linksOf(board)
    .filter((link) => link.from === milestoneId || link.to === milestoneId)
    .map((link) => link.id);

/** What settling a board's links kept, dropped and noticed. */
export interface SettledLinks {
  links: Link[];
  /** Each link left out, and why: what restore and merge report. */
  dropped: { link: Link; missing: boolean; text: string }[];
}

const titleOf = (milestones: Readonly<Record<string, Milestone>>, id: string) =>
  `“${milestones[id]?.title ?? id}”`;

/**
 * The links a board can keep: none to a milestone it does not hold, none from a milestone to
 * itself, one per pair, and no "depends on" that closes a loop. Links read in order, the
 * "leads to" ones first, so a loop of needs drops the need that closed it.
 */
export function settleLinks(
  links: readonly Link[],
  milestones: Readonly<Record<string, Milestone>>,
): SettledLinks {
  const dropped: SettledLinks['dropped'] = [];
  const drop = (link: Link, text: string, missing = false) => dropped.push({ link, text, missing });
  const kept: Link[] = [];
  const pairs = new Set<string>();
  const ordered = [
    ...links.filter((l) => l.kind === 'leads-to'),
    ...links.filter((l) => l.kind !== 'leads-to'),
  ];
  const steps = new Map<string, string[]>();
  for (const link of ordered) {
    const from = titleOf(milestones, link.from);
    const words = `${from} ${LINK_KIND_LABELS[link.kind]} ${titleOf(milestones, link.to)}`;
    if (!milestones[link.from] || !milestones[link.to]) {
      drop(
        link,
        `Dropped the link from ${milestones[link.from] ? from : 'a milestone'} to ${milestones[link.to] ? titleOf(milestones, link.to) : 'a milestone'} that is not on the board.`,
        true,
      );
      continue;
    }
    if (link.from === link.to) {
      drop(link, `Dropped a link from ${from} to itself.`);
      continue;
    }
    const pair = pairKey(link.from, link.to);
    if (pairs.has(pair)) {
      drop(link, `Dropped a second link between ${from} and ${titleOf(milestones, link.to)}.`);
      continue;
    }
    const { before, after } = stepOf(link);
    if (link.kind === 'depends-on' && reaches(steps, after, before)) {
      drop(link, `Dropped the link ${words}: it would make each milestone wait for the other.`);
      continue;
    }
    pairs.add(pair);
    steps.set(before, [...(steps.get(before) ?? []), after]);
    kept.push(link);
  }
  // Kept in the order they came, whatever order they were checked in.
  const keptIds = new Set(kept.map((l) => l.id));
  const inOrder = links.filter((l) => keptIds.has(l.id));
  return { links: inOrder, dropped };
}

/**
 * The loops among links: each group of milestones that lead, step by step, back to
 * themselves (the strongly connected components of more than one), in the order first met.
 */
export function loopsOf(links: readonly Link[]): string[][] {
  const after = followers(links);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const loops: string[][] = [];
  let counter = 0;
  // Tarjan's algorithm, iterative so a long chain cannot overflow the call stack.
  const visit = (root: string) => {
    const work: [string, number][] = [[root, 0]];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length) {
      const frame = work.at(-1)!;
      const [id, i] = frame;
      const next = after.get(id)?.[i];
      if (next !== undefined) {
        frame[1]++;
        if (!index.has(next)) {
          index.set(next, counter);
          low.set(next, counter++);
          stack.push(next);
          onStack.add(next);
          work.push([next, 0]);
        } else if (onStack.has(next)) low.set(id, Math.min(low.get(id)!, index.get(next)!));
        continue;
      }
      work.pop();
      const parent = work.at(-1);
      if (parent) low.set(parent[0], Math.min(low.get(parent[0])!, low.get(id)!));
      if (low.get(id) === index.get(id)) {
        const group: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          group.push(member);
        } while (member !== id);
        if (group.length > 1) loops.push(group.reverse());
      }
    }
  };
  for (const link of links) {
    const { before } = stepOf(link);
    if (!index.has(before)) visit(before);
  }
  return loops;
}
