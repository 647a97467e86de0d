import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EMPTY_TIMELINE,
  boardFromSnapshot,
  mergeTimelines,
  removeSnapshot,
  renameSnapshotOn,
  saveSnapshot,
  snapshotsOf,
} from './timeline';
import { appendEntry, explainEntry } from './decision-log';
import { mergeBoards } from './merge';
import { boardAt } from './snapshots';
import { addMilestone, moveMilestone } from './milestones';
import { entryFor } from './decision-log';
import { parseImport, toBoardFile } from './board-file';
import { restoreBoardDocument } from './restore';
import { partnerView } from './audience';
import { encodeShareFragment, decodeShareFragment } from './share-link';
import { LIMITS, type Board } from './schema';
import { deepFreeze, makeBoard } from '../testing/factories';
import { arbBoard } from '../testing/arbitraries';

const at = (day: number) => new Date(Date.UTC(2027, 0, day)).toISOString();

/** A board with two milestones, snapshotted in January, then one moved later with a reason. */
function january(): Board {
  let board = makeBoard();
  board = addMilestone(board, 'h0', { title: 'Swap leads' }, { id: 'm1', now: at(1) });
  board = addMilestone(board, 'h0', { title: 'Native integration' }, { id: 'm2', now: at(1) });
  board = saveSnapshot(board, { id: 's1', name: 'January workshop', takenAt: at(10) }).board;
  const before = board.milestones.m2!;
  board = moveMilestone(board, 'm2', 'h1', 0, at(11));
  const entry = entryFor(before, board.milestones.m2!, { id: 'e1', at: at(11), snapshotId: 's1' })!;
  return appendEntry(board, entry);
}

describe('the timeline of a board', () => {
  it('saves a snapshot that gives back the board as it was, under a tidy name', () => {
    const board = deepFreeze(january());
    const [snapshot] = snapshotsOf(board);
    expect(snapshot).toMatchObject({ id: 's1', name: 'January workshop', takenAt: at(10) });
    expect(boardAt(board.timeline!, 's1')!.milestones.m2!.horizonId).toBe('h0');
    const renamed = renameSnapshotOn(board, 's1', '  Q1   2027 review ');
    expect(snapshotsOf(renamed)[0]!.name).toBe('Q1 2027 review');
    expect(renameSnapshotOn(board, 's1', '   ')).toBe(board);
  });

  it('lets the oldest snapshot give way at the limit, and says which', () => {
    let board = makeBoard();
    for (let i = 0; i < LIMITS.snapshots; i++)
      board = saveSnapshot(board, { id: `s${i}`, name: `S ${i}`, takenAt: at(1) }).board;
    const saved = saveSnapshot(board, { id: 'new', name: 'One more', takenAt: at(2) });
    expect(saved.dropped).toBe('S 0');
    expect(snapshotsOf(saved.board)).toHaveLength(LIMITS.snapshots);
  });

  it('deletes a snapshot with a tombstone, so a merge with an older copy keeps it deleted', () => {
    const board = january();
    const withSecond = saveSnapshot(board, { id: 's2', name: 'March', takenAt: at(60) }).board;
    const deleted = removeSnapshot(withSecond, 's1', at(61));
    expect(snapshotsOf(deleted).map((s) => s.id)).toEqual(['s2']);
    expect(deleted.deleted).toMatchObject({ s1: at(61) });
    const merged = mergeBoards(deleted, withSecond, at(62)).board;
    expect(snapshotsOf(merged).map((s) => s.id)).toEqual(['s2']);
    expect(removeSnapshot(deleted, 'nope', at(63))).toBe(deleted);
  });

  it('writes a why into a log entry, and leaves the board alone for the same why', () => {
    const board = january();
    const explained = explainEntry(board, 'e1', ' The partner’s API slipped ', at(12));
    expect(explained.timeline!.log[0]).toMatchObject({
      why: 'The partner’s API slipped',
      whyAt: at(12),
    });
    expect(explainEntry(explained, 'e1', 'The partner’s API slipped', at(13))).toBe(explained);
    expect(explainEntry(board, 'missing', 'why', at(13))).toBe(board);
  });

  it('merges two copies: every snapshot and log entry of both, each once', () => {
    const base = january();
    const ours = saveSnapshot(base, { id: 'ours', name: 'Ours', takenAt: at(20) }).board;
    const theirs = explainEntry(
      saveSnapshot(base, { id: 'theirs', name: 'Theirs', takenAt: at(21) }).board,
      'e1',
      'API late',
      at(22),
    );
    const { board, summary } = mergeBoards(ours, theirs, at(30));
    expect(snapshotsOf(board).map((s) => s.id)).toEqual(['s1', 'ours', 'theirs']);
    expect(board.timeline!.log.map((e) => e.why)).toEqual(['API late']);
    expect(summary.added).toContain('snapshot “Theirs”');
    // Nothing new from a copy without a timeline (a share link): ours stands as it is.
    expect(mergeTimelines(ours.timeline, undefined, {})).toBe(ours.timeline);
    expect(mergeBoards(ours, ours, at(31)).board).toBe(ours);
  });

  it('merges any two copies into one holding every snapshot neither deleted', () => {
    fc.assert(
      fc.property(
        arbBoard,
        fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }),
        (start, sides) => {
          let ours = start;
          let theirs = start;
          sides.forEach((mine, i) => {
            // Longer than any id arbBoard makes: no tombstone of the board names it.
            const take = (b: Board) =>
              saveSnapshot(b, { id: `snapshot-number-${i}`, name: `S${i}`, takenAt: at(i + 1) })
                .board;
            if (mine) ours = take(ours);
            else theirs = take(theirs);
          });
          const merged = mergeBoards(ours, theirs, at(40)).board;
          expect(snapshotsOf(merged).map((s) => s.id)).toEqual(
            sides.map((_, i) => `snapshot-number-${i}`),
          );
          for (const s of snapshotsOf(merged))
            expect(boardAt(merged.timeline!, s.id)!.milestones).toEqual(start.milestones);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('restores a snapshot as a new board with new ids and a title naming the moment', () => {
    const board = january();
    const restored = boardFromSnapshot(board, 's1', { id: 'copy', now: at(90) })!;
    expect(restored.id).toBe('copy');
    expect(restored.title).toBe(`${board.title} – January workshop`);
    expect(restored.timeline).toBeUndefined();
    const titles = Object.values(restored.milestones).map((m) => m.title);
    expect(titles.sort()).toEqual(['Native integration', 'Swap leads']);
    expect(Object.keys(restored.milestones)).not.toContain('m2');
    expect(boardFromSnapshot(board, 'gone')).toBeUndefined();
  });

  it('travels in the board file and back, equal', () => {
    const board = january();
    const read = parseImport(JSON.stringify(toBoardFile(board, { app: 'test', now: at(100) })));
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.boards[0]!.board).toEqual(board);
  });

  it('stays out of what the partner sees and out of share links', () => {
    const board = january();
    expect(partnerView(board).timeline).toBeUndefined();
    expect(partnerView({ ...makeBoard(), timeline: EMPTY_TIMELINE }).timeline).toBeUndefined();
    const link = encodeShareFragment(board, 'test');
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    const opened = decodeShareFragment(link.fragment);
    expect(opened.ok && opened.board.timeline).toBe(undefined);
  });

  it('never stops a board from loading: a damaged snapshot is left out and told', () => {
    const board = january();
    const doc = JSON.parse(JSON.stringify(toBoardFile(board, { app: 'test', now: at(100) })));
    doc.board.timeline.snapshots.push({ id: 'bad', name: 'Broken', takenAt: 'yesterday' });
    doc.board.timeline.log.push({ id: 'x' });
    const restored = restoreBoardDocument(doc);
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(snapshotsOf(restored.board).map((s) => s.id)).toEqual(['s1']);
    expect(restored.board.timeline!.log).toHaveLength(1);
    expect(restored.repaired).toBe(true);
    expect(restored.warnings).toEqual([
      'Left out of the board’s history: the snapshot “Broken”: unreadable.',
      'Left out of the board’s history: 1 unreadable entry of the decision log.',
    ]);
    const unreadable = restoreBoardDocument({ ...doc, board: { ...doc.board, timeline: 7 } });
    expect(unreadable.ok && unreadable.board.milestones.m1?.title).toBe('Swap leads');
  });

  it('reads a board of format 4 as one with no timeline', () => {
    const board = makeBoard();
    const restored = restoreBoardDocument({
      type: 'partner-horizons/board',
      version: 4,
      board,
    });
    expect(restored.ok && restored.board).toEqual(board);
  });
});
