import { addValue, updateValue } from '../domain/values';
import { updateMilestone } from '../domain/milestones';
import type { Board } from '../domain/schema';
import { addParticipant, castVote, closeRound, startRound } from '../domain/voting';
import { T0, T1, applied, makeBoard } from './factories';

/**
 * A board with something for every part of the printed appendix: values of both sides (one
 * internal), a closed vote that ranked an internal card, and notes (one card's internal).
 */
export function boardWithAppendix(): Board {
  let board = makeBoard({
    0: ['Swap leads', 'Co-webinar'],
    1: ['Joint product'],
    3: ['Buy them outright'],
  });
  board = updateMilestone(board, 'swap-leads', { notes: 'Agree what a qualified lead is.' }, T0);
  board = updateMilestone(board, 'joint-product', { notes: 'Needs their API.\nAsk Ana.' }, T0);
  board = updateMilestone(
    board,
    'co-webinar',
    { notes: 'Their budget is thin.', notesInternal: true },
    T0,
  );
  board = updateMilestone(board, 'buy-them-outright', { internal: true, notes: 'Price?' }, T0);
  board = applied(addValue(board, 'ours', 'Customer first', { id: 'v1', now: T0 }));
  board = applied(addValue(board, 'theirs', 'Move fast', { id: 'v2', now: T0 }));
  board = applied(addValue(board, 'ours', 'Own the account', { id: 'v3', now: T0 }));
  board = updateValue(board, 'v1', { alignment: 'shared' }, T0);
  board = updateValue(board, 'v2', { alignment: 'partly' }, T0);
  board = updateValue(board, 'v3', { internal: true }, T0);
  board = applied(addParticipant(board, 'Ana', { id: 'ana', now: T0 }));
  board = applied(addParticipant(board, 'Ben', { id: 'ben', now: T0 }));
  board = applied(startRound(board, { title: 'Q2 workshop' }, { id: 'r1', now: T1 }));
  for (const [who, card] of [
    ['ana', 'joint-product'],
    ['ana', 'joint-product'],
    ['ben', 'joint-product'],
    ['ana', 'buy-them-outright'],
    ['ben', 'swap-leads'],
  ] as const)
    board = applied(castVote(board, who, card, T1));
  return closeRound(board, T1);
}
