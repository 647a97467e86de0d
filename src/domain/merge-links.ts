import { LIMITS, type Board, type Link } from './schema';
import { LINK_KIND_LABELS } from './link-terms';
import { settleLinks } from './pathways';
import { mergeList, withinLimit, type ItemKind, type MergeContext } from './merge-rules';

/** The links of two copies of a board, merged link by link (merge.ts). */

export const NO_LINKS: Link[] = [];

/** A link as the summary names it: by the milestones it joins, found on either side. */
function linkKind(...boards: Board[]): ItemKind<Link> {
  const title = (id: string) =>
    `“${boards.map((b) => b.milestones[id]?.title).find(Boolean) ?? 'a milestone'}”`;
  const words = (l: Link) => `${title(l.from)} ${LINK_KIND_LABELS[l.kind]} ${title(l.to)}`;
  return { name: (l) => `the link ${words(l)}`, quoted: (l) => `The link ${words(l)}` };
}

/** Each link taken from the side that changed it, a removed one kept removed, within the limit. */
export function mergeLinks(ctx: MergeContext, ours: Board, theirs: Board, base?: Board): Link[] {
  const kind = linkKind(ours, theirs);
  const ourLinks = ours.links ?? NO_LINKS;
  return withinLimit(
    ctx,
    kind,
    mergeList(ctx, kind, ourLinks, theirs.links ?? NO_LINKS, base?.links),
    ourLinks,
    LIMITS.links,
    'links',
  );
}

/**
 * The merged links the merged board can keep: only between milestones it holds, one per
 * pair, no need that loops. Where two links clash, ours stays and theirs is listed.
 */
export function settleMergedLinks(
  ctx: MergeContext,
  links: Link[],
  ourLinks: readonly Link[],
  milestones: Board['milestones'],
  ...boards: Board[]
): Link[] {
  const ourIds = new Set(ourLinks.map((l) => l.id));
  const settled = settleLinks(
    [...links.filter((l) => ourIds.has(l.id)), ...links.filter((l) => !ourIds.has(l.id))],
    milestones,
  );
  if (!settled.dropped.length) return links;
  const kind = linkKind(...boards);
  for (const drop of settled.dropped) {
    const added = ctx.summary.added.indexOf(kind.name(drop.link));
    if (added >= 0) ctx.summary.added.splice(added, 1);
    if (!drop.missing) ctx.summary.conflicts.push(drop.text);
  }
  const kept = new Set(settled.links);
  return links.filter((l) => kept.has(l));
}
