import { expect } from 'vitest';
import { restoreBoard } from '../domain/restore';
import { boardSchema } from '../domain/schema';
import { makeBoard, makeMilestone } from './factories';

/** The factory's board with `extra` laid over it, as JSON, restored: it must come back valid. */
export function restoreOver(extra: Record<string, unknown>) {
  const result = restoreBoard({ ...JSON.parse(JSON.stringify(makeBoard())), ...extra });
  if (!result.ok) throw new Error(result.error);
  expect(boardSchema.safeParse(result.board).success).toBe(true);
  return result;
}

/** The board's only milestone, a valid one with `fields` laid over it, restored. */
export function restoreMilestone(fields: Record<string, unknown>) {
  const result = restoreOver({ milestones: { m: { ...makeMilestone({ id: 'm' }), ...fields } } });
  return { ...result, milestone: Object.values(result.board.milestones)[0]! };
}
