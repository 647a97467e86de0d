import { milestoneIdsIn } from './milestones';
import type { Board } from './schema';

export interface HorizonWeight {
  horizonId: string;
  title: string;
  count: number;
  /** Confidence-weighted impact: the sum of confidence × impact, confidence as 0–1. A
   * milestone whose confidence is not set adds nothing: its weight is not known. */
  weight: number;
  /** How many of its milestones have no confidence set, so weigh nothing yet. */
  unweighed: number;
  /** This horizon's part of the board's weight, 0–1 (0 when the board weighs nothing). */
  share: number;
}

/**
 * How a board's attention spreads over its horizons. The three-horizons idea: a
 * partnership needs work on every horizon at once, not only on what is near.
 */
export function horizonBalance(board: Pick<Board, 'horizons' | 'milestones'>): HorizonWeight[] {
  const rows = board.horizons.map((h) => {
    const ids = milestoneIdsIn(board, h.id);
    // Parked and achieved milestones sit in the side areas, so they weigh nothing here.
    let weight = 0;
    let unweighed = 0;
    for (const id of ids) {
      const m = board.milestones[id]!;
      if (m.confidence === undefined) unweighed++;
      else weight += (m.confidence / 100) * m.impact;
    }
    return { horizonId: h.id, title: h.title, count: ids.length, weight, unweighed };
  });
  const total = rows.reduce((sum, r) => sum + r.weight, 0);
  return rows.map((r) => ({
    ...r,
    weight: Math.round(r.weight * 10) / 10,
    share: total ? r.weight / total : 0,
  }));
}

/** A gentle word when the nearest horizon holds almost everything. */
export function balanceHint(rows: HorizonWeight[]): string | null {
  const [first, ...rest] = rows;
  const count = rows.reduce((sum, r) => sum + r.count, 0);
  if (!first || rest.length === 0 || count < 3) return null;
  if (first.count / count >= 0.8) {
    return `Almost everything sits in ${first.title}. Partnerships grow when the later horizons get attention at the same time: what could come next, later, and in the long run?`;
  }
  return null;
}
