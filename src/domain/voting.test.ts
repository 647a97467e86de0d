import { describe, expect, it } from 'vitest';
import {
  addParticipant,
  castVote,
  closeRound,
  dotsPlaced,
  initialsOf,
  openRound,
  removeParticipant,
  removeVote,
  resetRound,
  revealRound,
  startRound,
} from './voting';
import { ranking, tally } from './tally';
import { deleteMilestone } from './milestones';
import { duplicateBoard } from './boards';
import { LIMITS, type Board } from './schema';
import { PARTICIPANT_COLORS } from './workshop-terms';
import { deepFreeze, makeBoard, T1 } from '../testing/factories';

function ok(result: { ok: true; board: Board } | { ok: false; reason: string }): Board {
  if (!result.ok) throw new Error(result.reason);
  return result.board;
}

/** Two participants, three cards, and an open round of `dots` dots each. */
function workshop(options: { dots?: number; hidden?: boolean } = {}): Board {
  let board = makeBoard({ 0: ['Swap leads', 'Co-webinar'], 1: ['Joint product'] });
  board = ok(addParticipant(board, 'Ana López', { id: 'ana' }));
  board = ok(addParticipant(board, 'Ben', { id: 'ben' }));
  return deepFreeze(ok(startRound(board, options, { id: 'r1', now: T1 })));
}

describe('participants', () => {
  it('takes initials from the first and last word', () => {
    expect(initialsOf('Ana María López')).toBe('AL');
    expect(initialsOf('prince')).toBe('PR');
    expect(initialsOf('  ')).toBe('?');
    expect(initialsOf('émile zola')).toBe('ÉZ');
  });

  it('gives each new participant a colour nobody has, and refuses doubles and blanks', () => {
    let board = makeBoard();
    const colors: string[] = [];
    for (let i = 0; i < PARTICIPANT_COLORS.length; i++) {
      board = ok(addParticipant(board, `Person ${i}`));
      colors.push(board.participants.at(-1)!.color);
    }
    expect(new Set(colors).size).toBe(PARTICIPANT_COLORS.length);
    expect(addParticipant(board, 'person 0')).toEqual({
      ok: false,
      code: 'participant-already-in',
      reason: 'person 0 is already taking part.',
    });
    expect(addParticipant(board, '  ')).toEqual({
      ok: false,
      code: 'participant-needs-name',
      reason: 'Enter a name.',
    });
    for (let i = board.participants.length; i < LIMITS.participants; i++)
      board = ok(addParticipant(board, `More ${i}`));
    expect(addParticipant(board, 'One too many')).toEqual({
      ok: false,
      code: 'too-many-participants',
      reason: 'A workshop has at most 20 participants. Remove one before adding another.',
    });
  });

  it('removing someone takes their dots out of the open round', () => {
    let board = workshop();
    board = ok(castVote(board, 'ana', 'swap-leads'));
    board = ok(castVote(board, 'ben', 'swap-leads'));
    board = removeParticipant(board, 'ana');
    expect(board.participants.map((p) => p.id)).toEqual(['ben']);
    expect(openRound(board)!.votes).toEqual([{ participantId: 'ben', milestoneId: 'swap-leads' }]);
  });
});

describe('a voting round', () => {
  it('needs participants, and only one round is open at a time', () => {
    expect(startRound(makeBoard(), {})).toEqual({
      ok: false,
      code: 'no-participants',
      reason: 'Add the participants before starting a vote.',
    });
    const board = workshop();
    expect(openRound(board)).toMatchObject({ title: 'Round 1', dots: 3, revealed: true });
    expect(startRound(board, {})).toEqual({
      ok: false,
      code: 'round-already-open',
      reason: 'Close the current round first.',
    });
    expect(startRound(closeRound(board), { dots: 0 })).toEqual({
      ok: false,
      code: 'dots-out-of-range',
      reason: 'Give each participant 1 to 20 dots.',
    });
  });

  it('lets each participant place their dots, several on one card, never more', () => {
    let board = workshop({ dots: 2 });
    board = ok(castVote(board, 'ana', 'swap-leads'));
    board = ok(castVote(board, 'ana', 'swap-leads'));
    expect(castVote(board, 'ana', 'joint-product')).toEqual({
      ok: false,
      code: 'dots-used-up',
      reason: 'Ana López has placed all 2 dots. Take one back to move it.',
    });
    const single = ok(castVote(workshop({ dots: 1 }), 'ana', 'swap-leads'));
    expect(castVote(single, 'ana', 'joint-product')).toMatchObject({
      reason: 'Ana López has placed their one dot. Take it back to move it.',
    });
    expect(castVote(board, 'nobody', 'swap-leads')).toMatchObject({ ok: false, code: 'no-voter' });
    expect(castVote(board, 'ben', 'gone')).toMatchObject({ ok: false, code: 'milestone-gone' });
    expect(castVote(closeRound(board), 'ben', 'swap-leads')).toMatchObject({
      ok: false,
      code: 'no-open-round',
    });
    board = removeVote(board, 'ana', 'swap-leads');
    expect(dotsPlaced(board, openRound(board)!, 'ana')).toBe(1);
    expect(removeVote(board, 'ben', 'swap-leads')).toBe(board);
    board = ok(castVote(board, 'ana', 'joint-product'));
    expect(dotsPlaced(board, openRound(board)!, 'ana')).toBe(2);
  });

  it('a deleted card gives its dots back', () => {
    let board = workshop({ dots: 1 });
    board = ok(castVote(board, 'ana', 'co-webinar'));
    board = deleteMilestone(board, 'co-webinar');
    expect(openRound(board)!.votes).toEqual([]);
    expect(castVote(board, 'ana', 'swap-leads').ok).toBe(true);
  });

  it('tallies dots per card and participant, and ranks with shared ranks for ties', () => {
    let board = workshop();
    for (const [who, card] of [
      ['ben', 'joint-product'],
      ['ana', 'joint-product'],
      ['ana', 'swap-leads'],
      ['ben', 'co-webinar'],
    ] as const)
      board = ok(castVote(board, who, card));
    const round = openRound(board)!;
    const counts = tally(board, round);
    expect(counts.get('joint-product')!.total).toBe(2);
    expect([...counts.get('joint-product')!.byParticipant]).toEqual([
      ['ana', 1],
      ['ben', 1],
    ]);
    expect(ranking(board, round)).toEqual([
      { milestoneId: 'joint-product', title: 'Joint product', dots: 2, rank: 1 },
      { milestoneId: 'co-webinar', title: 'Co-webinar', dots: 1, rank: 2 },
      { milestoneId: 'swap-leads', title: 'Swap leads', dots: 1, rank: 2 },
    ]);
  });

  it('a hidden round reveals on request; reset clears the dots and hides again', () => {
    let board = workshop({ hidden: true });
    expect(openRound(board)!.revealed).toBe(false);
    board = ok(castVote(board, 'ana', 'swap-leads'));
    board = revealRound(board);
    expect(openRound(board)!.revealed).toBe(true);
    expect(revealRound(board)).toBe(board);
    board = resetRound(board);
    expect(openRound(board)).toMatchObject({ revealed: false, votes: [] });
    expect(resetRound(board)).toBe(board);
  });

  it('closing keeps the ranking in the history, even after the card is gone', () => {
    let board = workshop();
    board = ok(castVote(board, 'ana', 'swap-leads'));
    board = closeRound(board, T1);
    expect(openRound(board)).toBeUndefined();
    const [closed] = board.rounds;
    expect(closed).toMatchObject({ closedAt: T1, revealed: true });
    board = deleteMilestone(board, 'swap-leads');
    expect(ranking(board, board.rounds[0]!)).toEqual([
      { milestoneId: 'swap-leads', title: 'Swap leads', dots: 1, rank: 1 },
    ]);
    expect(closeRound(board)).toBe(board);
    board = ok(startRound(board, { dots: 5 }));
    expect(openRound(board)).toMatchObject({ title: 'Round 2', dots: 5 });
  });

  it('a duplicated board keeps its votes on the copied cards', () => {
    const board = ok(castVote(workshop(), 'ana', 'swap-leads'));
    const copy = duplicateBoard(board);
    const [vote] = openRound(copy)!.votes;
    expect(copy.milestones[vote!.milestoneId]!.title).toBe('Swap leads');
  });
});
