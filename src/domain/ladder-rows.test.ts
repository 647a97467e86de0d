import { describe, expect, it } from 'vitest';
import { ladderCells, ladderRows, layoutToParams, parseLayout, placeOnLadder } from './ladder-rows';
import { MILESTONE_TYPES } from './ladder';
import { milestoneIdsIn, updateMilestone } from './milestones';
import { deepFreeze, makeBoard, T1 } from '../testing/factories';

function workshop() {
  let board = makeBoard({ 0: ['Swap leads', 'Webinar'], 1: ['Connector', 'Old'] });
  board = updateMilestone(board, 'swap-leads', { type: 'leads', owner: 'Dana' });
  board = updateMilestone(board, 'webinar', { type: 'co-marketing', owner: 'dana ' });
  board = updateMilestone(board, 'connector', { type: 'integration', owner: 'Ali' });
  board = updateMilestone(board, 'old', { type: 'leads', status: 'dropped', owner: 'Zoe' });
  return deepFreeze(board);
}

describe('the ladder view', () => {
  it('has a row per rung, per live status, or per owner with “No owner” last', () => {
    const board = workshop();
    expect(ladderRows(board, 'type').map((r) => r.id)).toEqual([...MILESTONE_TYPES]);
    expect(ladderRows(board, 'status').map((r) => r.label)).toEqual([
      'Idea',
      'Exploring',
      'Committed',
    ]);
    // Owners group case-insensitively; a parked milestone's owner does not make a row.
    expect(ladderRows(board, 'owner')).toEqual([
      { id: 'ali', label: 'Ali' },
      { id: 'dana', label: 'Dana' },
      { id: '', label: 'No owner' },
    ]);
  });

  it('fills each cell in horizon order and leaves parked futures out', () => {
    const cells = ladderCells(workshop(), 'type');
    expect(cells.get('leads')).toEqual(new Map([['h0', ['swap-leads']]]));
    expect(cells.get('integration')).toEqual(new Map([['h1', ['connector']]]));
    const byOwner = ladderCells(workshop(), 'owner');
    expect(byOwner.get('dana')).toEqual(new Map([['h0', ['swap-leads', 'webinar']]]));
  });

  it('a move across columns changes the horizon, across rows the type, in one board', () => {
    const board = workshop();
    const moved = placeOnLadder(board, 'swap-leads', 'h1', 'type', 'integration', T1);
    expect(moved.milestones['swap-leads']).toMatchObject({
      horizonId: 'h1',
      type: 'integration',
      updatedAt: T1,
    });
    expect(milestoneIdsIn(moved, 'h1')).toEqual(['connector', 'swap-leads']);
    expect(placeOnLadder(board, 'swap-leads', 'h0', 'type', 'leads')).toBe(board);
    expect(placeOnLadder(board, 'nope', 'h0', 'type', 'leads')).toBe(board);
    expect(placeOnLadder(board, 'swap-leads', 'gone', 'type', 'leads')).toBe(board);
  });

  it('a move across owner or status rows sets the owner or status', () => {
    const board = workshop();
    expect(
      placeOnLadder(board, 'connector', 'h1', 'owner', 'dana').milestones.connector!.owner,
    ).toBe('Dana');
    expect(placeOnLadder(board, 'connector', 'h1', 'owner', '').milestones.connector!.owner).toBe(
      '',
    );
    const committed = placeOnLadder(board, 'webinar', 'h0', 'status', 'committed');
    expect(committed.milestones.webinar!.status).toBe('committed');
    // Staying in its horizon keeps its place there.
    expect(milestoneIdsIn(committed, 'h0')).toEqual(['swap-leads', 'webinar']);
  });

  it('keeps the view and grouping in the address beside other parameters', () => {
    expect(parseLayout(new URLSearchParams('view=ladder&group=owner'))).toEqual({
      view: 'ladder',
      group: 'owner',
    });
    expect(parseLayout(new URLSearchParams('view=odd&group=__proto__'))).toEqual({
      view: 'horizons',
      group: 'type',
    });
    const params = layoutToParams({ view: 'ladder', group: 'status' }, new URLSearchParams('q=x'));
    expect(params.toString()).toBe('q=x&view=ladder&group=status');
    expect(layoutToParams({ view: 'horizons', group: 'type' }).toString()).toBe('');
  });
});
