import { describe, expect, it } from 'vitest';
import { createBoard } from './boards';
import { clearExamples, exampleCount, exampleIds } from './examples';
import { updateMilestone } from './milestones';
import { STARTER_MILESTONES } from './template';
import { castVote, addParticipant, startRound } from './voting';
import { applied, deepFreeze, makeBoard, T0, T1 } from '../testing/factories';

const starter = () =>
  deepFreeze(createBoard({ title: 'Acme', template: 'starter' }, { id: 'b', now: T0 }));

describe('the starter template’s examples', () => {
  it('are marked as examples, with their target dates counted from the day the board is made', () => {
    const board = starter();
    expect(exampleCount(board)).toBe(STARTER_MILESTONES.length);
    const first = Object.values(board.milestones).find((m) => m.type === 'leads')!;
    expect(first).toMatchObject({ example: true, targetDate: '2026-04-30' });
    expect(exampleCount(makeBoard({ 0: ['Mine'] }))).toBe(0);
  });

  it('clear in one new board, leaving what the team made its own, and keep tombstones', () => {
    let board = starter();
    const [kept, ...rest] = exampleIds(board);
    board = updateMilestone(board, kept!, { title: 'Our own referral plan' });
    const cleared = clearExamples(board, T1);
    expect(Object.keys(cleared.milestones)).toEqual([kept]);
    expect(exampleCount(cleared)).toBe(0);
    // A merge with an older copy does not bring them back.
    for (const id of rest) expect(cleared.deleted?.[id]).toBe(T1);
    expect(clearExamples(cleared)).toBe(cleared);
  });

  it('take the dots on them back from the open round', () => {
    let board = starter();
    board = applied(addParticipant(board, 'Ana', { id: 'ana' }));
    board = applied(startRound(board, {}, { id: 'r1' }));
    board = applied(castVote(board, 'ana', exampleIds(board)[0]!));
    expect(clearExamples(board).rounds[0]!.votes).toEqual([]);
  });
});
