import type { Board } from './schema';
import { jsonEqual } from './json-equal';

/**
 * The rule every part of a merge follows — a board field, a milestone, a value, a
 * participant, a voting round, a horizon — so that each is taken from the side that
 * changed it, and the later edit wins only when both did.
 */

export interface MergeSummary {
  added: string[];
  changed: string[];
  removed: string[];
  conflicts: string[];
}

/** What a merge knows of the two copies' common past, best first. */
export interface MergeContext {
  summary: MergeSummary;
  /** The common ancestor: the board as this tab last saw it stored. */
  base?: Board;
  /** When the copies went their own ways (an imported file's export time). */
  basedOn?: string;
  /** Whether their board as a whole was edited later: the last resort of a tie. */
  theirsLater: boolean;
  ourDeleted: Readonly<Record<string, string>>;
  theirDeleted: Readonly<Record<string, string>>;
  /** The merged tombstones; an item kept against a deletion loses its tombstone. */
  deleted: Record<string, string>;
}

/** Whether `at` is later than `than`; a missing time is older than any time. */
export const isLater = (at: string | undefined, than: string | undefined): boolean =>
  at !== undefined && (than === undefined || at > than);

/** The later of two times; a missing time is older than any time. */
export const laterOf = (a: string | undefined, b: string | undefined): string | undefined =>
  isLater(b, a) ? b : a;

/**
 * Which sides changed something that differs between them. With a base, what differs from
 * it; else with a split time, what was edited after it; else, or when neither side seems to
 * have changed it, both: the later edit then wins and the difference is listed.
 */
export function whoChanged(
  ctx: MergeContext,
  fromBase: () => [boolean, boolean],
  oursAt: string | undefined,
  theirsAt: string | undefined,
): [ours: boolean, theirs: boolean] {
  const [ours, theirs] = ctx.base
    ? fromBase()
    : ctx.basedOn !== undefined
      ? [isLater(oursAt, ctx.basedOn), isLater(theirsAt, ctx.basedOn)]
      : [true, true];
  return ours || theirs ? [ours, theirs] : [true, true];
}

/** When both changed it: whether theirs is the later edit. With no times at all, the board edited later. */
export const theirsWin = (ctx: MergeContext, oursAt?: string, theirsAt?: string): boolean =>
  oursAt === undefined && theirsAt === undefined ? ctx.theirsLater : isLater(theirsAt, oursAt);

/** How the summary names one kind of item. */
export interface ItemKind<T> {
  /** In a list of what was added, changed or removed: "horizon Now". */
  name(item: T): string;
  /** At the start of a sentence: "Horizon “Now”". */
  quoted(item: T): string;
}

type Item = { id: string; updatedAt?: string };

/**
 * One item present on either side (and perhaps in the base): what the merged board keeps of
 * it, if anything. Lists what came from their side and every conflict.
 */
export function mergeItem<T extends Item>(
  ctx: MergeContext,
  kind: ItemKind<T>,
  ours: T | undefined,
  theirs: T | undefined,
  base: T | undefined,
): T | undefined {
  const { summary } = ctx;
  if (ours && theirs) {
    if (jsonEqual(ours, theirs)) return ours;
    const [oursChanged, theirsChanged] = whoChanged(
      ctx,
      () => [!base || !jsonEqual(ours, base), !base || !jsonEqual(theirs, base)],
      ours.updatedAt,
      theirs.updatedAt,
    );
    if (oursChanged && theirsChanged) {
      const keepTheirs = theirsWin(ctx, ours.updatedAt, theirs.updatedAt);
      summary.conflicts.push(
        `${kind.quoted(ours)} was changed on both sides; kept the ${keepTheirs ? 'file’s later edit' : 'later edit made here'}.`,
      );
      return keepTheirs ? theirs : ours;
    }
    if (!theirsChanged) return ours;
    summary.changed.push(kind.name(theirs));
    return theirs;
  }
  const item = (ours ?? theirs)!;
  const here = ours !== undefined;
  const tombstone = here ? ctx.theirDeleted[item.id] : ctx.ourDeleted[item.id];
  // Deleted on the other side: it was in the base, or the other side says it deleted it.
  const goneThere = tombstone !== undefined || (ctx.base !== undefined && base !== undefined);
  if (!goneThere) {
    if (!here) summary.added.push(kind.name(item));
    return item;
  }
  const changedSince =
    ctx.base && base
      ? !jsonEqual(item, base)
      : !ctx.base && ctx.basedOn !== undefined
        ? isLater(item.updatedAt, ctx.basedOn)
        : // Nothing else to go by: a deletion later than the item's last edit wins.
          !isLater(tombstone, item.updatedAt);
  if (!changedSince) {
    if (here) summary.removed.push(kind.name(item));
    return undefined;
  }
  delete ctx.deleted[item.id];
  summary.conflicts.push(
    here
      ? `${kind.quoted(item)} was deleted in the file but changed here; kept it.`
      : `${kind.quoted(item)} was deleted here but changed in the file; restored it.`,
  );
  return item;
}

/**
 * A list merged item by item: our order, with their new items after the one they follow
 * in their order. Our array itself when nothing in it changed.
 */
export function mergeList<T extends Item>(
  ctx: MergeContext,
  kind: ItemKind<T>,
  ours: T[],
  theirs: readonly T[],
  base: readonly T[] | undefined,
): T[] {
  const theirsById = new Map(theirs.map((item) => [item.id, item]));
  const oursById = new Map(ours.map((item) => [item.id, item]));
  const baseById = new Map(base?.map((item) => [item.id, item]));
  const result: T[] = [];
  for (const item of ours) {
    const kept = mergeItem(ctx, kind, item, theirsById.get(item.id), baseById.get(item.id));
    if (kept) result.push(kept);
  }
  theirs.forEach((item, index) => {
    if (oursById.has(item.id)) return;
    const kept = mergeItem(ctx, kind, undefined, item, baseById.get(item.id));
    if (!kept) return;
    let at = 0;
    for (let j = index - 1; j >= 0 && !at; j--)
      at = result.findIndex((other) => other.id === theirs[j]!.id) + 1;
    result.splice(at, 0, kept);
  });
  const unchanged = result.length === ours.length && result.every((item, i) => item === ours[i]);
  return unchanged ? ours : result;
}

/**
 * Keeps a merged list within its limit by leaving out, last first, items only their side
 * had; each is listed. Ours was within the limit, so that always suffices.
 */
export function withinLimit<T extends Item>(
  ctx: MergeContext,
  kind: ItemKind<T>,
  items: T[],
  ours: readonly T[],
  limit: number,
  what: string,
): T[] {
  if (items.length <= limit) return items;
  const ourIds = new Set(ours.map((item) => item.id));
  const result = [...items];
  for (let i = result.length - 1; i >= 0 && result.length > limit; i--) {
    const item = result[i]!;
    if (ourIds.has(item.id)) continue;
    const added = ctx.summary.added.indexOf(kind.name(item));
    if (added >= 0) ctx.summary.added.splice(added, 1);
    ctx.summary.conflicts.push(
      `${kind.quoted(item)} from the file was left out: a board holds at most ${limit} ${what}.`,
    );
    result.splice(i, 1);
  }
  return result;
}
