import { LIMITS, type Link, type Milestone } from './schema';
import { LINK } from './record-kinds';
import { readRecords } from './repair';
import type { RepairContext } from './repair-rules';
import { settleLinks } from './pathways';

/**
 * A board's links as restore reads them (restore.ts): each through its own schema, then only
 * those between two milestones of the board, one per pair, with no need that loops
 * (pathways.ts). What is dropped is a warning.
 */
export function restoreLinks(
  raw: unknown,
  milestones: Readonly<Record<string, Milestone>>,
  context: RepairContext,
  warnings: string[],
): Link[] {
  if (raw == null) return [];
  if (!Array.isArray(raw)) {
    warnings.push('Dropped the links between milestones: they could not be read.');
    return [];
  }
  const read = readRecords(raw, LINK, context, warnings, {
    prepare: (link) => ({ kind: 'leads-to', ...link }),
    max: LIMITS.links,
  });
  const settled = settleLinks(read, milestones);
  warnings.push(...settled.dropped.map((d) => d.text));
  return settled.links;
}
