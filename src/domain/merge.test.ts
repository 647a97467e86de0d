import { describe, expect, it } from 'vitest';
import { mergeBoards } from './merge';
import { partnerView } from './audience';
import { addMilestone, deleteMilestone, milestoneIdsIn, updateMilestone } from './milestones';
import { addHorizon, removeHorizon, renameHorizon } from './horizons';
import { setVision, updateVision } from './boards';
import { addValue } from './values';
import { addParticipant } from './voting';
import { type Board } from './schema';
import { applied, makeBoard } from '../testing/factories';

const SPLIT = '2026-03-01T00:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(SPLIT) + minutes * 60_000).toISOString();

/** The board as it was exported, and a teammate's copy of it made from that file. */
function split(): { base: Board; copy: Board } {
  const base = makeBoard({ 0: ['A', 'B'], 1: ['C'], 2: ['D'] });
  return { base, copy: { ...base, basedOn: SPLIT } };
}

describe('mergeBoards', () => {
  it('adds what the copy added and takes what only the copy changed', () => {
    const { base, copy } = split();
    const theirs = updateMilestone(
      addMilestone(copy, 'h3', { title: 'E' }, { id: 'e', now: at(5) }),
      'a',
      { owner: 'Mei' },
      at(6),
    );
    const { board, summary } = mergeBoards(base, theirs, at(10));
    expect(board.milestones.e!.title).toBe('E');
    expect(board.milestones.a!.owner).toBe('Mei');
    expect(summary).toEqual({ added: ['E'], changed: ['A'], removed: [], conflicts: [] });
  });

  it('keeps what only this board changed', () => {
    const { base, copy } = split();
    const ours = updateMilestone(base, 'c', { status: 'committed' }, at(3));
    const { board, summary } = mergeBoards(ours, copy);
    expect(board.milestones.c!.status).toBe('committed');
    expect(summary).toEqual({ added: [], changed: [], removed: [], conflicts: [] });
  });

  it('takes the later edit when both changed a milestone, and lists it', () => {
    const { base, copy } = split();
    const ours = updateMilestone(base, 'b', { owner: 'Dana' }, at(2));
    const theirs = updateMilestone(copy, 'b', { owner: 'Mei' }, at(4));
    const { board, summary } = mergeBoards(ours, theirs);
    expect(board.milestones.b!.owner).toBe('Mei');
    expect(summary.conflicts).toEqual([
      '“B” was changed on both sides; kept the file’s later edit.',
    ]);
  });

  it('respects deletions: a milestone deleted in the copy does not stay, one deleted here does not come back', () => {
    const { base, copy } = split();
    const theirs = deleteMilestone(copy, 'd', at(1));
    const first = mergeBoards(base, theirs);
    expect(first.board.milestones.d).toBeUndefined();
    expect(first.summary.removed).toEqual(['D']);

    const ours = deleteMilestone(base, 'c', at(1));
    const second = mergeBoards(ours, copy);
    expect(second.board.milestones.c).toBeUndefined();
    expect(second.summary).toEqual({ added: [], changed: [], removed: [], conflicts: [] });
  });

  it('keeps a milestone one side deleted and the other changed, and says so', () => {
    const { base, copy } = split();
    const ours = deleteMilestone(base, 'a', at(1));
    const theirs = updateMilestone(copy, 'a', { title: 'A, reworked' }, at(5));
    const { board, summary } = mergeBoards(ours, theirs);
    expect(board.milestones.a!.title).toBe('A, reworked');
    expect(board.deleted?.a).toBeUndefined();
    expect(summary.conflicts).toEqual([
      '“A, reworked” was deleted here but changed in the file; restored it.',
    ]);
  });

  it('merges horizons: new ones in place, removed ones gone with their cards kept', () => {
    const { base, copy } = split();
    let theirs = applied(addHorizon(copy, { title: 'Soon' }, { id: 'soon', index: 1, now: at(1) }));
    const removed = removeHorizon(theirs, 'h2', at(2));
    if (removed.ok) theirs = removed.board;
    const { board, summary } = mergeBoards(base, theirs);
    expect(board.horizons.map((h) => h.title)).toEqual(['Now', 'Soon', 'Next', 'Long term']);
    expect(milestoneIdsIn(board, 'h1')).toContain('d');
    expect(summary.added).toContain('horizon Soon');
    expect(summary.removed).toContain('horizon Later');
  });

  it('lists differing board details and horizon names as conflicts, keeping the later', () => {
    const { base, copy } = split();
    const ours = setVision(base, 'Ours', at(1));
    const theirs = applied(
      renameHorizon(setVision(copy, 'Theirs', at(3)), 'h0', { title: 'Today' }, at(3)),
    );
    const { board, summary } = mergeBoards(ours, theirs);
    expect(board.vision).toBe('Theirs');
    expect(board.horizons[0]!.title).toBe('Today');
    expect(summary.conflicts).toHaveLength(2);
  });

  it('keeps values and people from both sides; details without edit times go to the later board', () => {
    const { base, copy } = split();
    const ours = applied(addValue(base, 'ours', 'Customer first', { id: 'v1', now: at(1) }));
    let theirs = applied(addValue(copy, 'theirs', 'Move fast', { id: 'v2', now: at(2) }));
    const joined = addParticipant(theirs, 'Ana', { id: 'ana', now: at(3) });
    if (!joined.ok) throw new Error(joined.reason);
    theirs = updateVision(joined.board, { whyUs: 'Reach', agreedOn: '2026-03-01' }, at(3));
    const { board, summary } = mergeBoards(ours, theirs);
    expect(board.values.map((v) => v.text)).toEqual(['Move fast', 'Customer first']);
    expect(board.participants.map((p) => p.name)).toEqual(['Ana']);
    expect(board).toMatchObject({ whyUs: 'Reach', agreedOn: '2026-03-01' });
    expect(summary).toEqual({
      added: ['value Move fast', 'participant Ana'],
      changed: [],
      removed: [],
      conflicts: [
        'The reasons it matters to us differ; kept the file’s, the later edit.',
        'The days the vision was agreed differ; kept the file’s, the later edit.',
      ],
    });
    // The other way round, ours is the later edit and its missing agreement day stays missing.
    const back = mergeBoards(theirs, updateVision(ours, { vision: 'Later' }, at(9))).board;
    expect(back.vision).toBe('Later');
    expect(back).not.toHaveProperty('agreedOn');
  });

  it('with no split time known, lists every difference rather than guess', () => {
    const base = makeBoard({ 0: ['A'] });
    const theirs = updateMilestone(base, 'a', { owner: 'Mei' }, at(1));
    const { summary } = mergeBoards(base, theirs);
    expect(summary.conflicts).toEqual([
      '“A” was changed on both sides; kept the file’s later edit.',
    ]);
  });
});

describe('a partner view coming back', () => {
  it('keeps what was internal: the milestones and values it never held, and internal notes', () => {
    let ours = makeBoard({ 0: ['A', 'B'], 3: ['Buy them'] });
    const before = at(-60);
    ours = updateMilestone(ours, 'buy-them', { internal: true }, before);
    ours = updateMilestone(
      ours,
      'a',
      { notes: 'Their CTO is leaving', notesInternal: true },
      before,
    );
    ours = applied(addValue(ours, 'ours', 'Own the platform', { id: 'v-secret', now: SPLIT }));
    ours = { ...ours, values: ours.values.map((v) => ({ ...v, internal: true })) };
    // The partner's copy, made from the partner view, in which they edit A after the split.
    const theirs = updateMilestone(
      { ...partnerView(ours), basedOn: SPLIT },
      'a',
      { owner: 'Mei' },
      at(5),
    );
    const { board, summary } = mergeBoards(ours, theirs, at(10));
    expect(board.milestones['buy-them']).toMatchObject({ internal: true });
    expect(board.milestones.a).toMatchObject({
      owner: 'Mei',
      notes: 'Their CTO is leaving',
      notesInternal: true,
    });
    expect(board.values.map((v) => v.id)).toEqual(['v-secret']);
    expect(summary.removed).toEqual([]);
  });
});
