import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { adoptScenario, forkScenario, groupScenarios, scenariosOf } from './scenarios';
import { diffBoards, isEmptyDiff, diffSummary } from './board-diff';
import { addMilestone, deleteMilestone, moveMilestone } from './milestones';
import { mergeBoards } from './merge';
import { saveSnapshot } from './timeline';
import { restoreBoard } from './restore';
import { arbBoard } from '../testing/arbitraries';
import { makeBoard } from '../testing/factories';

const at = (day: number) => new Date(Date.UTC(2027, 2, day)).toISOString();
const main = saveSnapshot(makeBoard({ 0: ['Swap leads'], 3: ['We acquire them'] }), {
  id: 'jan',
  name: 'January',
  takenAt: at(1),
}).board;

describe('scenarios', () => {
  it('fork the plan under a new id, linked to the main board, comparable card by card', () => {
    const fork = forkScenario(main, { id: 'they', name: ' They  acquire us ', now: at(2) });
    expect(fork).toMatchObject({
      id: 'they',
      title: 'Acme – They acquire us',
      scenario: { of: main.id, name: 'They acquire us' },
    });
    expect(fork.timeline).toBeUndefined();
    expect(isEmptyDiff(diffBoards(main, fork))).toBe(false); // the title differs
    const moved = moveMilestone(fork, 'we-acquire-them', 'h1', 0, at(3));
    expect(diffSummary(diffBoards(main, moved), main, moved)).toBe('1 moved earlier');
    // A scenario of a scenario is another alternative of the same main board.
    expect(forkScenario(fork, { id: 'x', name: 'X', now: at(4) }).scenario?.of).toBe(main.id);
    expect(restoreBoard(fork)).toMatchObject({ ok: true, repaired: false, board: fork });
  });

  it('adopt one: the main board takes its plan, keeps its own name and timeline, and tombstones what went', () => {
    let fork = forkScenario(main, { id: 'they', name: 'They acquire us', now: at(2) });
    fork = addMilestone(
      fork,
      'h3',
      { title: 'They acquire us' },
      { id: 'they-acquire', now: at(3) },
    );
    fork = deleteMilestone(fork, 'we-acquire-them', at(3));
    const adopted = adoptScenario(main, { ...fork, vision: 'Part of something bigger' }, at(4));
    expect(adopted).toMatchObject({
      id: main.id,
      title: main.title,
      timeline: main.timeline,
      vision: 'Part of something bigger',
      updatedAt: at(4),
    });
    expect(adopted.scenario).toBeUndefined();
    expect(Object.keys(adopted.milestones).sort()).toEqual(['swap-leads', 'they-acquire']);
    expect(adopted.deleted).toMatchObject({ 'we-acquire-them': at(4) });
    // An older copy of the main board does not bring back what the scenario left out.
    expect(mergeBoards(adopted, main, at(5)).board.milestones['we-acquire-them']).toBeUndefined();
  });

  it('adopting any fork of any board gives back the fork’s plan', () => {
    fc.assert(
      fc.property(arbBoard, (board) => {
        const fork = forkScenario(board, { id: 'fork-of-it-here', name: 'Plan B', now: at(6) });
        const adopted = adoptScenario(board, fork, at(7));
        expect(adopted.milestones).toEqual(fork.milestones);
        expect(adopted.horizons).toEqual(fork.horizons);
        expect(adopted.id).toBe(board.id);
      }),
      { numRuns: 40 },
    );
  });

  it('group under their main board on the list; one whose main board is gone stands alone', () => {
    const a = { id: 'a' };
    const b = { id: 'b' };
    const a1 = { id: 'a1', scenario: { of: 'a', name: 'One' } };
    const orphan = { id: 'o', scenario: { of: 'gone', name: 'Lost' } };
    expect(
      groupScenarios([a1, b, orphan, a]).map(
        ({ board, under }) => `${board.id}${under ? '↳' : ''}`,
      ),
    ).toEqual(['b', 'o', 'a', 'a1↳']);
    expect(
      scenariosOf([main, forkScenario(main, { id: 's', name: 'S', now: at(1) })], main.id),
    ).toHaveLength(1);
  });
});
