import { describe, expect, it } from 'vitest';
import { balanceHint, horizonBalance } from './balance';
import { addMilestone, updateMilestone } from './milestones';
import { makeBoard } from '../testing/factories';

describe('horizon balance', () => {
  it('counts milestones and weighs impact by confidence, leaving parked and achieved ones out', () => {
    let board = makeBoard({ 0: ['A', 'B'], 2: ['C'] });
    board = updateMilestone(board, 'a', { confidence: 50, impact: 4 });
    board = updateMilestone(board, 'b', { confidence: 100, impact: 2, status: 'dropped' });
    board = updateMilestone(board, 'c', { confidence: 20, impact: 5 });
    board = addMilestone(board, 'h2', { title: 'Done', status: 'achieved', impact: 5 });
    expect(horizonBalance(board)).toEqual([
      { horizonId: 'h0', title: 'Now', count: 1, weight: 2, unweighed: 0, share: 2 / 3 },
      { horizonId: 'h1', title: 'Next', count: 0, weight: 0, unweighed: 0, share: 0 },
      { horizonId: 'h2', title: 'Later', count: 1, weight: 1, unweighed: 0, share: 1 / 3 },
      { horizonId: 'h3', title: 'Long term', count: 0, weight: 0, unweighed: 0, share: 0 },
    ]);
  });

  it('gives a milestone without a confidence no weight, and counts it as not weighed', () => {
    let board = makeBoard({ 0: ['A'], 1: ['B', 'C'] });
    board = updateMilestone(board, 'a', { confidence: 50, impact: 2 });
    board = updateMilestone(board, 'b', { confidence: 100, impact: 1 });
    const [now, next] = horizonBalance(board);
    expect(now).toMatchObject({ count: 1, weight: 1, unweighed: 0, share: 0.5 });
    // "C" was added without a confidence: it counts, but weighs nothing nobody decided.
    expect(next).toMatchObject({ count: 2, weight: 1, unweighed: 1, share: 0.5 });
  });

  it('reads only the horizons and the milestones, so a view can select just those', () => {
    const board = makeBoard({ 0: ['A'], 1: ['B', 'C'] });
    const { horizons, milestones } = board;
    expect(horizonBalance({ horizons, milestones })).toEqual(horizonBalance(board));
  });

  it('gives an empty board no shares and no hint', () => {
    const rows = horizonBalance(makeBoard());
    expect(rows.every((r) => r.share === 0)).toBe(true);
    expect(balanceHint(rows)).toBeNull();
  });

  it('hints when the nearest horizon holds almost everything', () => {
    expect(balanceHint(horizonBalance(makeBoard({ 0: ['A', 'B', 'C', 'D'], 1: ['E'] })))).toMatch(
      /^Almost everything sits in Now\./,
    );
    expect(
      balanceHint(horizonBalance(makeBoard({ 0: ['A', 'B'], 1: ['C'], 3: ['D'] }))),
    ).toBeNull();
  });
});
