import type { Horizon, Milestone } from './schema';
import { EMPTY_DRAFT } from './milestones';
import { MILESTONE } from './record-kinds';
import { readRecords } from './repair';
import { newContext, type Raw } from './repair-rules';

/**
 * One milestone of a board read again on its own (a live board's record another person
 * changed): as restoreMilestones reads it, when it needs no repair and its horizon is one of
 * `horizons`; else undefined, and the caller reads the whole board.
 */
export function restoreMilestoneRecord(
  raw: Raw,
  horizons: readonly Horizon[],
  createdAt: string,
): Milestone | undefined {
  const warnings: string[] = [];
  const context = newContext(createdAt, { horizons });
  const [milestone] = readRecords([raw], MILESTONE, context, warnings, {
    prepare: (record) => ({
      ...EMPTY_DRAFT,
      position: 0,
      createdAt,
      updatedAt: createdAt,
      ...record,
    }),
  });
  if (!milestone || warnings.length || context.kept.describe()) return undefined;
  return horizons.some((h) => h.id === milestone.horizonId) ? milestone : undefined;
}
