import type { Board } from '../domain/schema';
import { restoreBoardDocument } from '../domain/restore';
import type { MergeBoards } from './load-merge';
import { boardIdOf, revisionOf, type Revisions } from './record-format';
import type { Baseline } from './write-plan';

/** What records another tab wrote mean for this tab, and what this tab now knows is stored. */
export interface Reconciled {
  /** A record only a newer version of the app can read: this tab must stop writing. */
  newer: boolean;
  /** The stored boards as they now are (the new baseline). */
  saved: Readonly<Record<string, Board>>;
  revs: Revisions;
  /** Boards to take in here: theirs, or theirs merged with unsaved changes made here. */
  replaced: Board[];
  /** Boards deleted there and unchanged here: they go here too. */
  removed: string[];
}

/**
 * Takes in board records another tab has written (undefined: deleted). Where this tab has no
 * unsaved change, theirs replaces ours; where both changed a board, the two are merged against
 * what this tab last saw stored, so each side's own edits win. A board deleted there goes here
 * too, unless it has unsaved changes here, which bring it back (the next write stores it).
 * A damaged record from elsewhere is written over: ours is better. A record from a newer
 * version stops the reading there: what was read before it is known to be stored, and
 * nothing is taken in.
 */
export function reconcileRecords(
  records: readonly [string, unknown][],
  current: Readonly<Record<string, Board>>,
  known: Pick<Baseline, 'saved' | 'revs'>,
  mergeBoards: MergeBoards,
): Reconciled {
  let saved = known.saved;
  const revs = { ...known.revs };
  const replaced: Board[] = [];
  const removed: string[] = [];
  for (const [key, record] of records) {
    const id = boardIdOf(key);
    const mine = current[id];
    const base = saved[id];
    const unchangedHere = mine === base;
    if (record === undefined) {
      delete revs[id];
      const { [id]: _gone, ...rest } = saved;
      saved = rest;
      if (mine && unchangedHere) removed.push(id);
      continue;
    }
    const restored = restoreBoardDocument(record);
    if (!restored.ok && restored.reason === 'newer-version')
      return { newer: true, saved, revs, replaced: [], removed: [] };
    revs[id] = revisionOf(record);
    // A damaged record from elsewhere: ours is better, and the next write goes over it.
    if (!restored.ok) continue;
    const theirs = restored.board;
    saved = { ...saved, [id]: theirs };
    replaced.push(
      !mine || unchangedHere ? theirs : mergeBoards(mine, theirs, undefined, base).board,
    );
  }
  return { newer: false, saved, revs, replaced, removed };
}
