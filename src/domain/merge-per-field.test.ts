import { describe, expect, it } from 'vitest';
import { mergeBoards } from './merge';
import { stampEdits } from './edits';
import { renameBoard, updatePartner, updateVision } from './boards';
import { addValue, removeValue, updateValue } from './values';
import { addParticipant, castVote, removeParticipant, startRound } from './voting';
import { addHorizon, renameHorizon } from './horizons';
import { addMilestone } from './milestones';
import { boardSchema, LIMITS, type Board } from './schema';
import { deepFreeze, makeBoard, T0 } from '../testing/factories';

/** Board fields, values, participants, voting rounds and horizons merge one by one. */

const START = '2026-03-01T00:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(START) + minutes * 60_000).toISOString();
const LATER = at(100);

/** An edit as the store makes it: the domain's change, with its edit times stamped. */
function edit(board: Board, change: (board: Board, now: string) => Board, minute: number): Board {
  return stampEdits(board, change(board, at(minute)), at(minute));
}

const ok = (result: { ok: true; board: Board } | { ok: false; reason: string }) => {
  if (!result.ok) throw new Error(result.reason);
  return result.board;
};

/** The board both tabs last saw stored: milestones, two values, two people, an open round. */
function stored(): Board {
  const empty = makeBoard({ 0: ['A', 'B'], 1: ['C'] });
  let board = ok(addValue(empty, 'ours', 'Speed', { id: 'v1', now: T0 }));
  board = ok(addValue(board, 'theirs', 'Care', { id: 'v2', now: T0 }));
  board = ok(addParticipant(board, 'Ana', { id: 'ana', now: T0 }));
  board = ok(addParticipant(board, 'Ben', { id: 'ben', now: T0 }));
  board = ok(startRound(board, {}, { id: 'r1', now: T0 }));
  return deepFreeze(stampEdits(empty, board, T0));
}

/** Merges both ways; each way must give the same content. */
function bothWays(a: Board, b: Board, base?: Board) {
  const one = mergeBoards(a, b, LATER, base);
  const other = mergeBoards(b, a, LATER, base);
  const { updatedAt: _one, ...left } = one.board;
  const { updatedAt: _other, ...right } = other.board;
  expect(left).toEqual(right);
  expect(boardSchema.safeParse(one.board).success).toBe(true);
  return { one, other };
}

describe('two tabs edit one board (issue 9)', () => {
  const base = stored();
  const renamed = edit(base, (b, now) => ok(renameBoard(b, 'Acme 2027', now)), 5);
  const grown = edit(
    base,
    (b, now) => addMilestone(b, 'h0', { title: 'New' }, { id: 'new', now }),
    2,
  );

  it('keeps the new title and the new milestone, whichever tab merges', () => {
    const { one, other } = bothWays(grown, renamed, base);
    for (const board of [one.board, other.board]) {
      expect(board.title).toBe('Acme 2027');
      expect(board.milestones.new!.title).toBe('New');
    }
    expect(one.summary).toEqual({ added: [], changed: ['the title'], removed: [], conflicts: [] });
    expect(other.summary).toEqual({ added: ['New'], changed: [], removed: [], conflicts: [] });
  });

  it('with no base, the edit times decide: the title was renamed, never edited in the other', () => {
    const { one, other } = bothWays(grown, renamed);
    expect(one.board.title).toBe('Acme 2027');
    expect(one.board.milestones.new).toBeDefined();
    expect(one.board.edited?.title).toBe(at(5));
    // Both tabs hold a different title and there is no base to tell who changed it: listed.
    expect(one.summary.conflicts).toEqual(['The titles differ; kept the file’s, the later edit.']);
    expect(other.summary.conflicts).toEqual([
      'The titles differ; kept the one here, the later edit.',
    ]);
  });

  it('even when the rename is older than the other tab’s last edit', () => {
    const early = edit(base, (b, now) => ok(renameBoard(b, 'Acme 2027', now)), 1);
    const late = edit(grown, (b, now) => updateVision(b, { whyUs: 'Reach' }, now), 9);
    const { one } = bothWays(late, early);
    expect(one.board).toMatchObject({ title: 'Acme 2027', whyUs: 'Reach' });
  });
});

describe('board fields', () => {
  const base = stored();

  it('merge field by field: the vision from one side, the why fields from the other', () => {
    const ours = edit(base, (b, now) => updateVision(b, { vision: 'One market' }, now), 1);
    const theirs = edit(
      base,
      (b, now) => updateVision(b, { whyUs: 'Reach', agreedBy: 'Both CEOs' }, now),
      2,
    );
    for (const origin of [base, undefined]) {
      const { one } = bothWays(ours, theirs, origin);
      expect(one.board).toMatchObject({
        vision: 'One market',
        whyUs: 'Reach',
        agreedBy: 'Both CEOs',
      });
      expect(one.board.edited).toMatchObject({ vision: at(1), whyUs: at(2), agreedBy: at(2) });
    }
  });

  it('take the later edit of a field changed on both sides, and list it', () => {
    const ours = edit(base, (b, now) => updateVision(b, { whyThem: 'Ours' }, now), 4);
    const theirs = edit(base, (b, now) => updateVision(b, { whyThem: 'Theirs' }, now), 3);
    const { board, summary } = mergeBoards(ours, theirs, LATER, base);
    expect(board.whyThem).toBe('Ours');
    expect(summary.conflicts).toEqual([
      'The reasons it matters to them differ; kept the one here, the later edit.',
    ]);
  });

  it('take the partner details from the side that changed them', () => {
    const theirs = edit(base, (b, now) => updatePartner(b, { notes: 'Met in Lisbon' }, now), 2);
    const ours = edit(base, (b, now) => ok(renameBoard(b, 'Acme Q3', now)), 3);
    const { board, summary } = mergeBoards(ours, theirs, LATER, base);
    expect(board).toMatchObject({ title: 'Acme Q3', partner: { notes: 'Met in Lisbon' } });
    expect(summary.changed).toEqual(['the partner details']);
  });
});

describe('values, participants, rounds and horizons', () => {
  const base = stored();

  it('keep a value added on one side and a value edited on the other', () => {
    const ours = edit(base, (b, now) => ok(addValue(b, 'ours', 'Trust', { id: 'v3', now })), 1);
    const theirs = edit(base, (b, now) => updateValue(b, 'v1', { alignment: 'shared' }, now), 2);
    for (const origin of [base, undefined]) {
      const { one } = bothWays(ours, theirs, origin);
      expect(one.board.values.map((v) => [v.text, v.alignment])).toEqual([
        ['Speed', 'shared'],
        ['Care', 'open'],
        ['Trust', 'open'],
      ]);
    }
    expect(mergeBoards(ours, theirs, LATER, base).summary.changed).toEqual(['value Speed']);
  });

  it('put a value from the other side after the one it follows there', () => {
    const theirs = edit(base, (b, now) => ok(addValue(b, 'ours', 'Trust', { id: 'v3', now })), 1);
    const ours = edit(base, (b, now) => ok(addValue(b, 'ours', 'Focus', { id: 'v4', now })), 2);
    const { board, summary } = mergeBoards(ours, theirs, LATER, base);
    expect(board.values.map((v) => v.text)).toEqual(['Speed', 'Care', 'Trust', 'Focus']);
    expect(summary.added).toEqual(['value Trust']);
  });

  it('drop a participant removed on one side, with their dots, and add one joined on the other', () => {
    const voted = ok(castVote(base, 'ben', 'a', at(1)));
    const ours = edit(voted, (b, now) => removeParticipant(b, 'ben', now), 2);
    const theirs = edit(
      ok(castVote(base, 'ben', 'b', at(1))),
      (b, now) => ok(addParticipant(b, 'Cy', { id: 'cy', now })),
      3,
    );
    const { board, summary } = mergeBoards(theirs, ours, LATER, base);
    expect(board.participants.map((p) => p.name)).toEqual(['Ana', 'Cy']);
    expect(board.rounds[0]!.votes).toEqual([]);
    expect(summary.removed).toEqual(['participant Ben']);
    expect(boardSchema.safeParse(board).success).toBe(true);
  });

  it('take the round from the side that voted, and keep one open round when both started one', () => {
    const theirs = edit(base, (b, now) => ok(castVote(b, 'ana', 'a', now)), 2);
    const ours = edit(base, (b, now) => ok(addValue(b, 'ours', 'Trust', { id: 'v3', now })), 3);
    const voted = mergeBoards(ours, theirs, LATER, base);
    expect(voted.board.rounds[0]!.votes).toEqual([{ participantId: 'ana', milestoneId: 'a' }]);
    expect(voted.summary.changed).toEqual(['voting round Round 1']);

    const closed = edit(base, (b, now) => ({ ...b, rounds: [], updatedAt: now }), 1);
    const a = edit(closed, (b, now) => ok(startRound(b, { title: 'A' }, { id: 'ra', now })), 2);
    const b = edit(closed, (b2, now) => ok(startRound(b2, { title: 'B' }, { id: 'rb', now })), 4);
    const { one } = bothWays(a, b, closed);
    expect(one.board.rounds.map((r) => [r.title, r.closedAt === undefined])).toEqual([
      ['A', false],
      ['B', true],
    ]);
    expect(one.summary.conflicts).toEqual([
      'Voting round “A” was closed: a later round had started.',
    ]);
  });

  it('take the later rename of a horizon renamed on both sides, and list it', () => {
    const ours = edit(base, (b, now) => ok(renameHorizon(b, 'h1', { title: 'Soon' }, now)), 2);
    const theirs = edit(base, (b, now) => ok(renameHorizon(b, 'h1', { title: 'Next up' }, now)), 3);
    for (const origin of [base, undefined]) {
      const { one, other } = bothWays(ours, theirs, origin);
      expect(one.board.horizons[1]!.title).toBe('Next up');
      expect(one.summary.conflicts).toEqual([
        'Horizon “Soon” was changed on both sides; kept the file’s later edit.',
      ]);
      expect(other.summary.conflicts).toEqual([
        'Horizon “Next up” was changed on both sides; kept the later edit made here.',
      ]);
    }
  });

  it('keep a new horizon of one side beside a rename on the other', () => {
    const ours = edit(base, (b, now) => ok(renameHorizon(b, 'h0', { title: 'Today' }, now)), 2);
    const theirs = edit(
      base,
      (b, now) => ok(addHorizon(b, { title: 'Soon' }, { id: 'soon', index: 1, now })),
      3,
    );
    const { one } = bothWays(ours, theirs, base);
    expect(one.board.horizons.map((h) => h.title)).toEqual([
      'Today',
      'Soon',
      'Next',
      'Later',
      'Long term',
    ]);
  });

  it('stay within the limits, listing what the file brought that did not fit', () => {
    let ours = base;
    let theirs = base;
    for (let i = 0; i < LIMITS.values - 2; i++) {
      ours = edit(ours, (b, now) => ok(addValue(b, 'ours', `Ours ${i}`, { id: `o${i}`, now })), 1);
      theirs = edit(
        theirs,
        (b, now) => ok(addValue(b, 'theirs', `Theirs ${i}`, { id: `t${i}`, now })),
        1,
      );
    }
    const { board, summary } = mergeBoards(ours, theirs, LATER, base);
    expect(board.values).toHaveLength(LIMITS.values);
    expect(board.values.filter((v) => v.id.startsWith('o'))).toHaveLength(LIMITS.values - 2);
    expect(summary.conflicts).toHaveLength(LIMITS.values - 2);
    expect(summary.conflicts[0]).toBe(
      `Value “Theirs ${LIMITS.values - 3}” from the file was left out: a board holds at most ${LIMITS.values} values.`,
    );
    expect(summary.added).toEqual([]);
    expect(boardSchema.safeParse(board).success).toBe(true);
  });
});

describe('deletion against edit', () => {
  const base = stored();
  const removed = edit(base, (b, now) => removeValue(b, 'v1', now), 3);

  it('with a base: gone when the other side left it alone, kept and listed when it changed it', () => {
    const other = edit(base, (b, now) => ok(renameBoard(b, 'Acme Q3', now)), 1);
    const gone = mergeBoards(other, removed, LATER, base);
    expect(gone.board.values.map((v) => v.id)).toEqual(['v2']);
    expect(gone.summary.removed).toEqual(['value Speed']);

    const changed = edit(base, (b, now) => updateValue(b, 'v1', { text: 'Speed first' }, now), 2);
    const kept = mergeBoards(changed, removed, LATER, base);
    expect(kept.board.values.map((v) => v.text)).toEqual(['Speed first', 'Care']);
    expect(kept.board.deleted?.v1).toBeUndefined();
    expect(kept.summary.conflicts).toEqual([
      'Value “Speed first” was deleted in the file but changed here; kept it.',
    ]);
    const restored = mergeBoards(removed, changed, LATER, base);
    expect(restored.board.values.map((v) => v.text)).toEqual(['Speed first', 'Care']);
    expect(restored.summary.conflicts).toEqual([
      'Value “Speed first” was deleted here but changed in the file; restored it.',
    ]);
  });

  it('with no base: a deletion later than the last edit wins; an edit after it keeps the item', () => {
    // The other tab still holds the value as it was before the deletion: it stays deleted.
    expect(bothWays(base, removed).one.board.values.map((v) => v.id)).toEqual(['v2']);
    const changedEarlier = edit(base, (b, now) => updateValue(b, 'v1', { text: 'Fast' }, now), 2);
    expect(bothWays(changedEarlier, removed).one.board.values.map((v) => v.id)).toEqual(['v2']);

    const changedLater = edit(base, (b, now) => updateValue(b, 'v1', { text: 'Fast' }, now), 4);
    const { one } = bothWays(changedLater, removed);
    expect(one.board.values.map((v) => v.text)).toEqual(['Fast', 'Care']);
    expect(one.summary.conflicts).toEqual([
      'Value “Fast” was deleted in the file but changed here; kept it.',
    ]);
  });
});

describe('boards saved before edit times were kept', () => {
  it('take the board edited later for each differing field, and list it', () => {
    const legacy = makeBoard({ 0: ['A'] });
    const ours = { ...legacy, title: 'Ours', vision: 'Same', updatedAt: at(1) };
    const theirs = { ...legacy, title: 'Theirs', vision: 'Same', updatedAt: at(2) };
    const { board, summary } = mergeBoards(ours, theirs, LATER);
    expect(board.title).toBe('Theirs');
    expect(board).not.toHaveProperty('edited');
    expect(summary.conflicts).toEqual(['The titles differ; kept the file’s, the later edit.']);
    expect(mergeBoards(theirs, ours, LATER).board.title).toBe('Theirs');
  });
});
