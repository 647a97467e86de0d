import { NOW, changeWords, compareMoments, momentOf, type Comparison } from './compare';
import { placeName } from './milestones';
import { timelineOf } from './timeline';
import type { Board } from './schema';

/**
 * "What changed since the last review": the board now against its latest snapshot, for the
 * brief and the presentation. Undefined for a board with no snapshot; a comparison that
 * finds nothing is still given, so a reader learns that nothing moved. A board made for the
 * partner carries no timeline (audience.ts), so nothing of this reaches the partner.
 */
export function sinceLastSnapshot(board: Board): Comparison | undefined {
  const latest = timelineOf(board).snapshots.at(-1);
  const from = latest && momentOf(board, latest.id);
  const now = momentOf(board, NOW);
  return from && now ? compareMoments(board, from, now) : undefined;
}

/** One line a person reads for each move, with its reason when one was given. */
export interface ChangeLine {
  title: string;
  /** "Next → Later, confidence 60 % → 30 %", or "new", or "removed". */
  what: string;
  why: string;
}

/** The comparison as lines: every moved, new, removed or re-weighed milestone, once. */
export function changeLines(comparison: Comparison): ChangeLine[] {
  const { from, to, milestones } = comparison;
  const lines = new Map<string, ChangeLine>();
  const add = (id: string, title: string, what: string) => {
    const line = lines.get(id);
    if (line) line.what = `${line.what}, ${what}`;
    else {
      const why =
        comparison.reasonsFor
          .get(id)
          ?.filter((e) => e.why)
          .at(-1)?.why ?? '';
      lines.set(id, { title, what, why });
    }
  };
  for (const move of milestones.moved)
    add(
      move.id,
      move.title,
      `${placeName(move.from, from.board, to.board)} → ${placeName(move.to, from.board, to.board)}`,
    );
  for (const change of milestones.confidence)
    add(
      change.id,
      change.title,
      changeWords({ kind: 'confidence', from: change.before, to: change.after }),
    );
  for (const change of milestones.status)
    add(
      change.id,
      change.title,
      changeWords({ kind: 'status', from: change.before, to: change.after }),
    );
  for (const m of milestones.added) add(m.id, m.title, 'new');
  for (const m of milestones.removed) add(m.id, m.title, 'removed');
  return [...lines.values()];
}
