import { parseTimeframe } from './horizon-span';

/**
 * Ordered, pure migrations of the stored board document. Each takes the document of
 * version `from` and returns a new one of version `from + 1`, never mutating its input.
 * An app that meets a version newer than it knows refuses it (restore.ts) rather than
 * dropping what it cannot read, which is why a format that adds data gets a new version.
 */
export interface Migration {
  from: number;
  name: string;
  up: (doc: Record<string, unknown>) => Record<string, unknown>;
}

export const BOARD_MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    name: 'add the vision panel, values, participants and voting rounds',
    up: (doc) => {
      const board = doc.board;
      // No board to upgrade: restore says so in its own words.
      if (typeof board !== 'object' || board === null || Array.isArray(board)) return doc;
      return {
        ...doc,
        board: {
          whyUs: '',
          whyThem: '',
          agreedBy: '',
          values: [],
          participants: [],
          rounds: [],
          ...board,
        },
      };
    },
  },
  {
    from: 2,
    // Every milestone of version 2 has a type and a confidence, and keeps them. The version
    // changes because what version 3 writes would mislead an older app: it would give a
    // milestone without a type "custom" and 50 % confidence, and drop the example mark.
    name: 'let milestones leave type and confidence unset, and mark examples',
    up: (doc) => doc,
  },
  {
    from: 3,
    // Nothing of version 3 is internal, and nothing changes. The version changes because an
    // older app would drop the internal marks it cannot read, and then share with the
    // partner what the team had kept for itself.
    name: 'let milestones, their notes and values be marked internal',
    up: (doc) => doc,
  },
  {
    from: 4,
    // A board of version 4 has no timeline, and reads as one with none. Its horizons gain
    // the span their timeframe says, where it says one; the text stays as it was written.
    // The version changes because an older app would drop the snapshots, the decision log
    // and the spans it cannot read.
    name: 'keep snapshots and a decision log with the board, and horizons on the calendar',
    up: (doc) => {
      const board = doc.board as { horizons?: unknown } | null;
      if (typeof board !== 'object' || board === null || !Array.isArray(board.horizons)) return doc;
      const horizons = board.horizons.map((h: unknown) => {
        const horizon = h as { timeframe?: unknown; span?: unknown } | null;
        if (!horizon || typeof horizon.timeframe !== 'string' || horizon.span !== undefined)
          return h;
        const span = parseTimeframe(horizon.timeframe);
        return span ? { ...horizon, span } : h;
      });
      return { ...doc, board: { ...board, horizons } };
    },
  },
  {
    from: 5,
    // A board of version 5 has no links between its milestones, and reads as one with none.
    // The version changes because an older app would drop the pathways without a word.
    name: 'add pathways: links between milestones',
    up: (doc) => doc,
  },
];

/** Why a migration stopped: no step from some version, or a step that threw. */
export type MigrationFailureReason = 'missing-step' | 'step-failed';

export type MigrationResult =
  | { ok: true; doc: Record<string, unknown>; applied: string[] }
  | { ok: false; reason: MigrationFailureReason; error: string };

export function migrate(
  doc: Record<string, unknown>,
  fromVersion: number,
  toVersion: number,
  migrations: readonly Migration[] = BOARD_MIGRATIONS,
): MigrationResult {
  let current = doc;
  const applied: string[] = [];
  for (let version = fromVersion; version < toVersion; version++) {
    const step = migrations.find((m) => m.from === version);
    if (!step)
      return {
        ok: false,
        reason: 'missing-step',
        error: `No way to upgrade a board from format version ${version}.`,
      };
    try {
      current = { ...step.up(current), version: version + 1 };
    } catch (error) {
      return {
        ok: false,
        reason: 'step-failed',
        error: `Upgrading from format version ${version} failed: ${String(error)}`,
      };
    }
    applied.push(step.name);
  }
  return { ok: true, doc: current, applied };
}
