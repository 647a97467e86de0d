import { describe, expect, it } from 'vitest';
import { changeLines, sinceLastSnapshot } from './brief-changes';
import { boardBrief } from './brief';
import { slidesOf, slideTitle } from './slides';
import { partnerView } from './audience';
import { saveSnapshot } from './timeline';
import { addMilestone, moveMilestone, updateMilestone } from './milestones';
import { explainEntry, logDecision } from './decision-log';
import type { Board } from './schema';
import { makeBoard } from '../testing/factories';

const at = (day: number) => new Date(Date.UTC(2027, 0, day, 12)).toISOString();

/** A board snapshotted in January; since then a card moved later with a reason, and one is new. */
function since(): Board {
  let board = makeBoard({ 0: ['Swap leads'], 1: ['Native integration'] });
  board = updateMilestone(board, 'native-integration', { confidence: 60 }, at(1));
  board = saveSnapshot(board, { id: 'jan', name: 'January workshop', takenAt: at(10) }).board;
  const before = board;
  const moved = updateMilestone(
    moveMilestone(board, 'native-integration', 'h2', 0, at(40)),
    'native-integration',
    { confidence: 30 },
    at(40),
  );
  const logged = logDecision(before, moved, { id: 'e1', at: at(40) });
  board = explainEntry(logged.board, logged.entryId!, 'Their API slipped', at(40));
  return addMilestone(board, 'h0', { title: 'Co-selling pilot' }, { id: 'pilot', now: at(41) });
}

describe('what changed since the last review', () => {
  it('reads each moved, new or re-weighed card once, with its reason', () => {
    const comparison = sinceLastSnapshot(since())!;
    expect(comparison.from.name).toBe('January workshop');
    expect(changeLines(comparison)).toEqual([
      {
        title: 'Native integration',
        what: 'Next → Later, confidence 60 % → 30 %',
        why: 'Their API slipped',
      },
      { title: 'Co-selling pilot', what: 'new', why: '' },
    ]);
    expect(sinceLastSnapshot(makeBoard())).toBeUndefined();
  });

  it('goes into our brief, and never into the partner’s', () => {
    const brief = boardBrief(since(), { date: new Date(at(50)) });
    expect(brief).toContain('## What changed since “January workshop” (2027-01-10)');
    expect(brief).toContain('1 moved later, 1 new, confidence down on 1.');
    expect(brief).toContain(
      '- **Native integration** — Next → Later, confidence 60 % → 30 % — “Their API slipped”',
    );
    expect(boardBrief(partnerView(since()))).not.toContain('What changed');
  });

  it('is a slide after the vision, when the board keeps a snapshot', () => {
    const board = since();
    expect(slidesOf(board).map((s) => slideTitle(board, s))).toEqual([
      'Vision',
      'What changed',
      'Now',
      'Next',
      'Later',
      'Long term',
      'The whole board',
    ]);
    expect(slidesOf(makeBoard()).map((s) => s.kind)).not.toContain('changes');
  });
});
