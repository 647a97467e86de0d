import { describe, expect, it } from 'vitest';
import {
  MAX_ASKS,
  briefAsks,
  nextSteps,
  openDecisions,
  summaryVision,
  type BriefItem,
} from './brief-steps';
import { moveMilestone, updateMilestone } from './milestones';
import { addParticipant, castVote, closeRound, startRound } from './voting';
import { boardBrief } from './brief';
import { boardFor } from './audience';
import { setVision } from './boards';
import { applied, makeBoard } from '../testing/factories';
import type { Board, Milestone } from './schema';

const titles = (items: readonly BriefItem[]) => items.map((i) => i.milestone.title);

function edit(board: Board, changes: Record<string, Partial<Milestone>>): Board {
  return Object.entries(changes).reduce((b, [id, patch]) => updateMilestone(b, id, patch), board);
}

/** A round in which Ana places one dot per id given (a milestone named twice gets two). */
function vote(board: Board, ids: string[], { hidden = false } = {}): Board {
  let next = applied(addParticipant(board, 'Ana', { id: 'ana' }));
  next = applied(startRound(next, { dots: Math.max(ids.length, 1), hidden }));
  for (const id of ids) next = applied(castVote(next, 'ana', id));
  return next;
}

describe('nextSteps', () => {
  it('lists committed milestones by target date, the undated ones after, in board order', () => {
    let board = makeBoard({
      0: ['Undated now', 'Late now', 'Idea now'],
      1: ['Undated next', 'Early next', 'Same day next'],
      2: ['Same day later'],
    });
    board = edit(board, {
      'undated-now': { status: 'committed' },
      'late-now': { status: 'committed', targetDate: '2027-09-30' },
      'undated-next': { status: 'committed' },
      'early-next': { status: 'committed', targetDate: '2027-01-15' },
      'same-day-next': { status: 'committed', targetDate: '2027-06-30' },
      'same-day-later': { status: 'committed', targetDate: '2027-06-30' },
    });
    expect(titles(nextSteps(board))).toEqual([
      'Early next',
      'Same day next',
      'Same day later',
      'Late now',
      'Undated now',
      'Undated next',
    ]);
    expect(nextSteps(board)[0]!.horizon.title).toBe('Next');
  });

  it('follows the horizons’ order and each horizon’s order, not the order they were made', () => {
    let board = makeBoard({ 0: ['First', 'Second'], 1: ['Third'] });
    board = {
      ...board,
      horizons: [board.horizons[1]!, board.horizons[0]!, ...board.horizons.slice(2)],
    };
    board = moveMilestone(board, 'second', 'h0', 0);
    board = edit(board, {
      first: { status: 'committed' },
      second: { status: 'committed' },
      third: { status: 'committed' },
    });
    expect(titles(nextSteps(board))).toEqual(['Third', 'Second', 'First']);
  });

  it('leaves out the side areas: what is achieved or parked is no next step', () => {
    let board = makeBoard({ 0: ['Done', 'Parked', 'Doing'] });
    board = edit(board, {
      done: { status: 'achieved', targetDate: '2026-01-01' },
      parked: { status: 'dropped', targetDate: '2026-01-01' },
      doing: { status: 'committed' },
    });
    expect(titles(nextSteps(board))).toEqual(['Doing']);
    expect(nextSteps(makeBoard({ 0: ['Idea'] }))).toEqual([]);
  });
});

describe('openDecisions', () => {
  it('puts the most dots first, then the nearest horizon, the most likely, board order', () => {
    let board = makeBoard({
      0: ['Unsure', 'Likely', 'Also unsure', 'Committed'],
      1: ['Voted', 'Exploring'],
      3: ['Far'],
    });
    board = edit(board, {
      likely: { confidence: 80 },
      'also-unsure': { confidence: 0 },
      committed: { status: 'committed' },
      exploring: { status: 'exploring', confidence: 100 },
    });
    board = vote(board, ['voted', 'voted', 'far', 'committed', 'committed', 'committed']);
    const decisions = openDecisions(board);
    expect(titles(decisions)).toEqual([
      'Voted',
      'Far',
      'Likely',
      'Also unsure',
      'Unsure',
      'Exploring',
    ]);
    expect(decisions.map((d) => d.dots)).toEqual([2, 1, 0, 0, 0, 0]);
  });

  it('counts a closed round’s dots, and no dots while the round shown is none', () => {
    let board = vote(makeBoard({ 0: ['Near'], 1: ['Wanted'] }), ['wanted']);
    board = closeRound(board);
    expect(openDecisions(board).map((d) => [d.milestone.title, d.dots])).toEqual([
      ['Wanted', 1],
      ['Near', 0],
    ]);
    // A hidden round's dots stay hidden until revealed: no vote has been shown yet.
    const hidden = vote(makeBoard({ 0: ['Near'], 1: ['Wanted'] }), ['wanted'], { hidden: true });
    expect(openDecisions(hidden).map((d) => [d.milestone.title, d.dots])).toEqual([
      ['Near', undefined],
      ['Wanted', undefined],
    ]);
  });

  it('never picks a parked milestone, whatever its dots', () => {
    let board = vote(makeBoard({ 0: ['Old favourite', 'Fresh'] }), ['old-favourite']);
    board = updateMilestone(board, 'old-favourite', { status: 'dropped' });
    expect(titles(openDecisions(board))).toEqual(['Fresh']);
    expect(openDecisions(edit(board, { fresh: { status: 'committed' } }))).toEqual([]);
  });
});

describe('briefAsks', () => {
  it('asks only about the first two horizons, at most five, the most dots first', () => {
    const board = vote(
      makeBoard({
        0: ['A1', 'A2', 'A3'],
        1: ['B1', 'B2', 'B3'],
        2: ['Far and loved'],
      }),
      ['b3', 'b3', 'far-and-loved', 'far-and-loved', 'far-and-loved'],
    );
    const asks = briefAsks(board);
    expect(asks).toHaveLength(MAX_ASKS);
    expect(titles(asks)).toEqual(['B3', 'A1', 'A2', 'A3', 'B1']);
  });

  it('asks nothing when the nearest horizons hold no open decision', () => {
    const board = edit(makeBoard({ 0: ['Done deal'], 2: ['Later idea'] }), {
      'done-deal': { status: 'committed' },
    });
    expect(briefAsks(board)).toEqual([]);
  });
});

describe('summaryVision', () => {
  it('keeps a short vision whole, on one line', () => {
    expect(summaryVision('  The obvious pair\n\nfor shared customers. ')).toBe(
      'The obvious pair for shared customers.',
    );
    expect(summaryVision('   ')).toBe('');
  });

  it('cuts a long one at a word', () => {
    const vision = `${'word '.repeat(60)}end.`;
    const short = summaryVision(vision);
    expect(short.length).toBeLessThanOrEqual(201);
    expect(short).toMatch(/^word( word)+…$/);
    expect(summaryVision('one two, three four', 10)).toBe('one two…');
  });
});

describe('the brief made from them', () => {
  it('asks about five open decisions at most', () => {
    const board = makeBoard({ 0: ['One', 'Two', 'Three', 'Four'], 1: ['Five', 'Six'] });
    const asks = boardBrief(board).match(/^- Decide together on /gm);
    expect(asks).toHaveLength(5);
    expect(boardBrief(board)).not.toContain('Decide together on **Six**');
  });

  it('leaves parked and achieved milestones out of the summary and the next steps', () => {
    let board = makeBoard({ 0: ['Done', 'Parked', 'Doing'] });
    board = edit(board, {
      done: { status: 'achieved', targetDate: '2026-01-01' },
      parked: { status: 'dropped' },
      doing: { status: 'committed' },
    });
    const brief = boardBrief(board);
    expect(brief).toContain('- **Next step:** Doing (Now) — owner not set · no date yet\n');
    expect(brief).toContain('## Next steps\n\n- **Doing** (Now) — owner not set · no date yet\n\n');
    expect(brief).not.toMatch(/\*\*(Done|Parked)\*\* \(/);
  });

  it('marks internal steps for our team, and the partner’s brief never sees them', () => {
    let board = makeBoard({ 0: ['Swap leads'], 1: ['Buy them outright'] });
    board = edit(board, {
      'swap-leads': { status: 'committed', targetDate: '2027-06-30' },
      'buy-them-outright': { status: 'committed', targetDate: '2027-01-31', internal: true },
    });
    const ours = boardBrief(boardFor(board, 'internal'));
    expect(ours).toContain(
      '- **Next step:** Buy them outright (Next) — internal · owner not set · target 2027-01-31',
    );
    const theirs = boardBrief(boardFor(board, 'partner'));
    expect(theirs).toContain(
      '- **Next step:** Swap leads (Now) — owner not set · target 2027-06-30',
    );
    expect(theirs).not.toMatch(/internal|Buy them/i);
  });

  it('cuts a long vision in the summary and keeps it whole in the Vision section', () => {
    const vision = `${'Together we reach more customers. '.repeat(10)}The end.`;
    const brief = boardBrief(setVision(makeBoard(), vision));
    const summary = brief.split('\n').find((line) => line.startsWith('- **Vision:**'))!;
    expect(summary.length).toBeLessThan(230);
    expect(summary).toMatch(/…$/);
    expect(brief).toContain(`\n${vision.trim()}\n`);
  });
});
