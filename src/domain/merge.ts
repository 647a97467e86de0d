import {
  EDITED_FIELDS,
  LIMITS,
  type Board,
  type Edited,
  type EditedField,
  type Horizon,
  type Milestone,
  type Participant,
  type Round,
  type Value,
} from './schema';
import { jsonEqual } from './json-equal';
import {
  laterOf,
  mergeItem,
  mergeList,
  theirsWin,
  whoChanged,
  withinLimit,
  type ItemKind,
  type MergeContext,
  type MergeSummary,
} from './merge-rules';
import { settleRounds } from './voting';
import { mergeTimelines, snapshotsAdded } from './timeline';
import { NO_LINKS, mergeLinks, settleMergedLinks } from './merge-links';

export type { MergeSummary } from './merge-rules';

/**
 * Merging two copies of one board: a teammate's file into ours, or what another tab saved
 * into this tab's. Each board field, milestone, value, participant, voting round and horizon
 * is merged on its own:
 * - changed on one side only: that side's version;
 * - changed on both sides: the later edit, listed as a conflict;
 * - deleted on one side and not changed on the other: gone; changed on the other: kept,
 *   and listed.
 * Who changed what: with a common base, what differs from it; else with the split time of
 * an imported copy (`basedOn`), what was edited after it; else every difference counts as a
 * change on both sides, the later edit time wins and a deletion beats an item last edited
 * before it. A missing edit time is older than any; with none on either side, the board
 * edited later wins, as before boards kept edit times.
 */
export interface MergeResult {
  board: Board;
  summary: MergeSummary;
}

/** How a board field is named in the summary: when changed in the file, and when both differ. */
const BOARD_FIELDS: Record<EditedField, { changed: string; differ: string }> = {
  title: { changed: 'the title', differ: 'The titles' },
  partner: { changed: 'the partner details', differ: 'The partner details' },
  vision: { changed: 'the vision', differ: 'The visions' },
  whyUs: { changed: 'why it matters to us', differ: 'The reasons it matters to us' },
  whyThem: { changed: 'why it matters to them', differ: 'The reasons it matters to them' },
  agreedBy: { changed: 'who agreed the vision', differ: 'Who agreed the vision' },
  agreedOn: { changed: 'the day the vision was agreed', differ: 'The days the vision was agreed' },
  anchor: {
    changed: 'the day the horizons count from',
    differ: 'The days the horizons count from',
  },
  extensions: {
    changed: 'other tools’ data on the board',
    differ: 'Other tools’ data on the board',
  },
};

const MILESTONE: ItemKind<Milestone> = { name: (m) => m.title, quoted: (m) => `“${m.title}”` };
const HORIZON: ItemKind<Horizon> = {
  name: (h) => `horizon ${h.title}`,
  quoted: (h) => `Horizon “${h.title}”`,
};
const VALUE: ItemKind<Value> = {
  name: (v) => `value ${v.text}`,
  quoted: (v) => `Value “${v.text}”`,
};
const PARTICIPANT: ItemKind<Participant> = {
  name: (p) => `participant ${p.name}`,
  quoted: (p) => `Participant “${p.name}”`,
};
const ROUND: ItemKind<Round> = {
  name: (r) => `voting round ${r.title}`,
  quoted: (r) => `Voting round “${r.title}”`,
};

/**
 * Merges `theirs` into `ours`. `base` is the common ancestor when known: for two tabs, the
 * board as this tab last saw it stored. Returns `ours` itself when nothing changes.
 */
export function mergeBoards(
  ours: Board,
  theirs: Board,
  now = new Date().toISOString(),
  base?: Board,
): MergeResult {
  const summary: MergeSummary = { added: [], changed: [], removed: [], conflicts: [] };
  const ourDeleted = ours.deleted ?? {};
  const theirDeleted = theirs.deleted ?? {};
  const deleted: Record<string, string> = { ...ourDeleted };
  for (const [id, at] of Object.entries(theirDeleted)) deleted[id] = laterOf(deleted[id], at)!;
  const ctx: MergeContext = {
    summary,
    base,
    // The split: when their copy (or ours) was made from the other.
    basedOn: theirs.basedOn ?? ours.basedOn,
    theirsLater: theirs.updatedAt > ours.updatedAt,
    ourDeleted,
    theirDeleted,
    deleted,
  };

  let milestones = mergeMilestones(ctx, ours, theirs);
  /** One list merged item by item, kept within the board's limit for it. */
  const capped = <K extends 'horizons' | 'values' | 'participants'>(
    key: K,
    kind: ItemKind<Board[K][number]>,
  ): Board[K] =>
    withinLimit(
      ctx,
      kind,
      mergeList(ctx, kind, ours[key], theirs[key], base?.[key]),
      ours[key],
      LIMITS[key],
      key,
    ) as Board[K];
  const merged = capped('horizons', HORIZON);
  // A board keeps at least one horizon, whatever the two sides removed.
  const horizons = merged.length ? merged : [ours.horizons[0]!];
  const fields = mergeFields(ctx, ours, theirs);
  const values = capped('values', VALUE);
  const participants = capped('participants', PARTICIPANT);
  let rounds = mergeList(ctx, ROUND, ours.rounds, theirs.rounds, base?.rounds);
  const ourLinks = ours.links ?? NO_LINKS;
  let links = mergeLinks(ctx, ours, theirs, base);
  const timeline = mergeTimelines(ours.timeline, theirs.timeline, deleted);
  for (const snapshot of snapshotsAdded(ours.timeline, timeline))
    summary.added.push(`snapshot “${snapshot.name}”`);

  const unchanged =
    fields === undefined &&
    milestones === ours.milestones &&
    horizons === ours.horizons &&
    values === ours.values &&
    participants === ours.participants &&
    rounds === ours.rounds &&
    links === ourLinks &&
    timeline === ours.timeline &&
    jsonEqual(deleted, ourDeleted);
  if (unchanged) return { board: ours, summary };

  // A milestone whose horizon is gone on the merged board moves to the first horizon.
  const horizonIds = new Set(horizons.map((h) => h.id));
  const homeless = Object.values(milestones).filter((m) => !horizonIds.has(m.horizonId));
  if (homeless.length) {
    milestones = { ...milestones };
    for (const m of homeless) milestones[m.id] = { ...m, horizonId: horizons[0]!.id };
  }
  rounds = settleMergedRounds(ctx, rounds, ours.rounds, participants, milestones);
  links = settleMergedLinks(ctx, links, ourLinks, milestones, ours, theirs);

  const board: Board = {
    ...ours,
    ...fields?.values,
    horizons,
    milestones,
    values,
    participants,
    rounds,
    updatedAt: now,
  };
  const edited = fields ? fields.edited : ours.edited;
  return { board: withOptional(board, { edited, deleted, links, timeline }), summary };
}

/** The board with its optional parts set, each left out when it holds nothing. */
function withOptional(
  board: Board,
  parts: Pick<Board, 'edited' | 'deleted' | 'links' | 'timeline'>,
): Board {
  const { edited, deleted, links, timeline } = parts;
  if (edited && Object.keys(edited).length) board.edited = edited;
  else delete board.edited;
  if (deleted && Object.keys(deleted).length) board.deleted = deleted;
  else delete board.deleted;
  if (board.agreedOn === undefined) delete board.agreedOn;
  if (board.anchor === undefined) delete board.anchor;
  if (links?.length) board.links = links;
  else delete board.links;
  if (timeline) board.timeline = timeline;
  else delete board.timeline;
  return board;
}

/** Milestones by id; our record itself (to be copied before changing) when nothing changed. */
function mergeMilestones(ctx: MergeContext, ours: Board, theirs: Board): Board['milestones'] {
  const milestones: Board['milestones'] = {};
  let changed = false;
  const ids = new Set([...Object.keys(ours.milestones), ...Object.keys(theirs.milestones)]);
  for (const id of ids) {
    const mine = ours.milestones[id];
    const merged = mergeItem(ctx, MILESTONE, mine, theirs.milestones[id], ctx.base?.milestones[id]);
    const kept = merged && mine ? withInternalNotes(merged, mine) : merged;
    if (kept) milestones[id] = kept;
    if (kept !== mine) changed = true;
  }
  return changed ? milestones : ours.milestones;
}

/**
 * A partner's copy holds our milestones without the notes we kept internal (audience.ts).
 * When its edit of one wins, the notes it never had stay ours, still internal.
 */
function withInternalNotes(merged: Milestone, mine: Milestone): Milestone {
  if (merged === mine || !mine.notesInternal || merged.notesInternal || merged.notes !== '')
    return merged;
  return { ...merged, notes: mine.notes, notesInternal: true };
}

/** Board fields one by one, each with its edit time; undefined when ours stand as they are. */
function mergeFields(
  ctx: MergeContext,
  ours: Board,
  theirs: Board,
): { values: Partial<Board>; edited: Edited } | undefined {
  const values: Partial<Record<EditedField, unknown>> = {};
  const edited: Edited = {};
  for (const key of EDITED_FIELDS) {
    const mine = ours[key];
    const other = theirs[key];
    const oursAt = ours.edited?.[key];
    const theirsAt = theirs.edited?.[key];
    let keepTheirs = false;
    if (jsonEqual(mine, other)) {
      edited[key] = laterOf(oursAt, theirsAt);
    } else {
      const before = ctx.base?.[key];
      const [oursChanged, theirsChanged] = whoChanged(
        ctx,
        () => [!jsonEqual(mine, before), !jsonEqual(other, before)],
        oursAt,
        theirsAt,
      );
      if (oursChanged && theirsChanged) {
        keepTheirs = theirsWin(ctx, oursAt, theirsAt);
        ctx.summary.conflicts.push(
          `${BOARD_FIELDS[key].differ} differ; kept the ${keepTheirs ? 'file’s' : 'one here'}, the later edit.`,
        );
      } else if (theirsChanged) {
        keepTheirs = true;
        ctx.summary.changed.push(BOARD_FIELDS[key].changed);
      }
      edited[key] = keepTheirs ? theirsAt : oursAt;
    }
    values[key] = keepTheirs ? other : mine;
    if (edited[key] === undefined) delete edited[key];
  }
  const same =
    EDITED_FIELDS.every((key) => values[key] === ours[key]) && jsonEqual(edited, ours.edited ?? {});
  return same ? undefined : { values: values as Partial<Board>, edited };
}

/**
 * Merged rounds kept as the app keeps them: oldest first, at most the limit (the oldest
 * give way, as when a round starts), only the last open, dots only from people still here.
 */
function settleMergedRounds(
  ctx: MergeContext,
  merged: Round[],
  ours: Round[],
  participants: Participant[],
  milestones: Board['milestones'],
): Round[] {
  let rounds = merged;
  // Rounds from both sides in the order they started; a sort is stable, ties keep their place.
  if (rounds !== ours)
    rounds = rounds.toSorted((a, b) =>
      a.startedAt === b.startedAt ? 0 : a.startedAt < b.startedAt ? -1 : 1,
    );
  if (rounds.length > LIMITS.rounds) {
    for (const round of rounds.slice(0, rounds.length - LIMITS.rounds))
      ctx.summary.conflicts.push(
        `${ROUND.quoted(round)} was left out, the oldest: a board keeps at most ${LIMITS.rounds} voting rounds.`,
      );
    rounds = rounds.slice(-LIMITS.rounds);
  }
  const settled = settleRounds(rounds, new Set(participants.map((p) => p.id)), milestones);
  for (const round of settled.closed)
    ctx.summary.conflicts.push(`${ROUND.quoted(round)} was closed: a later round had started.`);
  return settled.rounds;
}
