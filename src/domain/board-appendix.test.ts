import { describe, expect, it } from 'vitest';
import { boardAppendix } from './board-appendix';
import { partnerView } from './audience';
import { addParticipant, castVote, revealRound, startRound } from './voting';
import { boardWithAppendix } from '../testing/appendix-board';
import { T1, applied, deepFreeze, makeBoard } from '../testing/factories';

describe('boardAppendix', () => {
  it('holds the values, the latest ranking and the notes in the order of the board', () => {
    const appendix = boardAppendix(deepFreeze(boardWithAppendix()))!;
    expect(appendix.values!.ours.map((v) => v.text)).toEqual(['Customer first', 'Own the account']);
    expect(appendix.values!.theirs.map((v) => v.text)).toEqual(['Move fast']);
    expect(appendix.values!.summary).toMatchObject({ shared: 1, differing: 1, open: 1 });
    expect(appendix.vote!.title).toBe('Q2 workshop');
    expect(appendix.vote!.ranked.map((r) => [r.rank, r.title, r.dots, r.internal])).toEqual([
      [1, 'Joint product', 3, false],
      [2, 'Buy them outright', 1, true],
      [2, 'Swap leads', 1, false],
    ]);
    expect(appendix.notes.map((n) => [n.milestone.title, n.place])).toEqual([
      ['Swap leads', 'Now'],
      ['Co-webinar', 'Now'],
      ['Joint product', 'Next'],
      ['Buy them outright', 'Long term'],
    ]);
  });

  it('holds for the partner nothing internal: no value, note, card or dot of ours', () => {
    const appendix = boardAppendix(partnerView(boardWithAppendix()))!;
    expect(appendix.values!.ours.map((v) => v.text)).toEqual(['Customer first']);
    expect(appendix.vote!.ranked.map((r) => r.title)).toEqual(['Joint product', 'Swap leads']);
    expect(appendix.notes.map((n) => n.milestone.title)).toEqual(['Swap leads', 'Joint product']);
  });

  it('keeps a parked card’s notes, under its side area', () => {
    let board = makeBoard({ 2: ['Resell their suite'] });
    board = {
      ...board,
      milestones: {
        'resell-their-suite': {
          ...board.milestones['resell-their-suite']!,
          status: 'dropped',
          notes: 'Margins too low.',
        },
      },
    };
    expect(boardAppendix(board)!.notes.map((n) => n.place)).toEqual(['Parked / not doing']);
  });

  it('leaves out a vote whose dots the room has not seen, and is nothing when nothing is left', () => {
    let board = makeBoard({ 0: ['Swap leads'] });
    expect(boardAppendix(board)).toBeNull();
    board = applied(addParticipant(board, 'Ana', { id: 'ana', now: T1 }));
    board = applied(startRound(board, { hidden: true }, { id: 'r1', now: T1 }));
    board = applied(castVote(board, 'ana', 'swap-leads', T1));
    expect(boardAppendix(board)).toBeNull();
    expect(boardAppendix(revealRound(board, T1))!.vote!.ranked).toHaveLength(1);
    const blank = makeBoard({ 0: ['Swap leads'] });
    blank.milestones['swap-leads']!.notes = '  \n ';
    expect(boardAppendix(blank)).toBeNull();
  });
});
