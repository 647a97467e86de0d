import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod/mini';
import { restoreHistory } from './snapshot-history-schema';
import { timelineSchema } from './schema';
import { EMPTY_HISTORY, boardAt, takeSnapshot, type SnapshotHistory } from './snapshots';
import { arbBoard } from '../testing/arbitraries';
import { makeBoard } from '../testing/factories';

const at = (day: number) => new Date(Date.UTC(2026, 0, day)).toISOString();

const arbHistory: fc.Arbitrary<SnapshotHistory> = fc
  .array(arbBoard, { maxLength: 3 })
  .map((boards) =>
    boards.reduce(
      (history, board, i) =>
        takeSnapshot(history, board, { id: `s${i}`, name: `Moment ${i}`, takenAt: at(i + 1) }),
      EMPTY_HISTORY,
    ),
  );

/** What a snapshot history is, by the board format's own schema. */
const snapshotHistorySchema = z.pick(timelineSchema, { records: true, snapshots: true });

describe('reading a snapshot history back', () => {
  it('gives back every history it wrote, as it was', () => {
    fc.assert(
      fc.property(arbHistory, (history) => {
        const stored: unknown = JSON.parse(JSON.stringify(history));
        expect(snapshotHistorySchema.safeParse(stored).success).toBe(true);
        expect(restoreHistory(stored)).toEqual({ history, dropped: [] });
      }),
      { numRuns: 40 },
    );
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const { history } = restoreHistory(raw);
        expect(Array.isArray(history.snapshots)).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(restoreHistory(undefined)).toEqual({ history: EMPTY_HISTORY, dropped: [] });
    expect(restoreHistory('x').dropped).toEqual(['the snapshots: unreadable']);
  });

  it('leaves out a damaged snapshot, and a damaged version, and says which', () => {
    const board = makeBoard({ 0: ['Swap leads', 'Joint webinar'] });
    let history = takeSnapshot(EMPTY_HISTORY, board, {
      id: 's1',
      name: 'Q4 2026 workshop',
      takenAt: at(1),
    });
    history = takeSnapshot(history, board, { id: 's2', name: 'Q1 2027 review', takenAt: at(2) });
    const stored = JSON.parse(JSON.stringify(history)) as {
      records: Record<string, { title: unknown }>;
      snapshots: { takenAt: unknown }[];
    };
    stored.snapshots[0]!.takenAt = 'last winter';
    const [firstKey] = Object.keys(stored.records);
    stored.records[firstKey!]!.title = 42;
    const { history: restored, dropped } = restoreHistory(stored);
    expect(restored.snapshots.map((s) => s.id)).toEqual(['s2']);
    expect(dropped).toEqual([
      'the snapshot “Q4 2026 workshop”: unreadable',
      'the snapshot “Q1 2027 review”: 1 of its 2 milestones',
    ]);
    expect(Object.keys(boardAt(restored, 's2')!.milestones)).toHaveLength(1);
  });
});
