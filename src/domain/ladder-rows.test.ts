import { describe, expect, it } from 'vitest';
import { cellIds, isRowFolded, ladderCells, ladderRows, placeOnLadder } from './ladder-rows';
import { MILESTONE_TYPES } from './ladder';
import { NO_FILTER } from './filter';
import { addMilestone, milestoneIdsIn, updateMilestone } from './milestones';
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

  it('puts milestones without a type in a “Not set” rung first, shown only while it holds one', () => {
    const board = addMilestone(workshop(), 'h1', { title: 'Quick idea' }, { id: 'quick' });
    expect(ladderRows(board, 'type')[0]).toEqual({ id: '', label: 'Not set' });
    expect(ladderRows(board, 'type')).toHaveLength(MILESTONE_TYPES.length + 1);
    expect(cellIds(board, 'type', '', 'h1')).toEqual(['quick']);
    // Placed on a rung, it leaves the "Not set" rung, which goes with it.
    const placed = placeOnLadder(board, 'quick', 'h1', 'type', 'integration', T1);
    expect(placed.milestones.quick).toMatchObject({ type: 'integration' });
    expect(ladderRows(placed, 'type').map((r) => r.id)).toEqual([...MILESTONE_TYPES]);
    // And dropped back into "Not set", its type is not set again.
    const unset = placeOnLadder(placed, 'connector', 'h1', 'type', '', T1);
    expect(unset.milestones.connector).not.toHaveProperty('type');
    // A parked milestone without a type does not make the rung.
    const parked = updateMilestone(board, 'quick', { status: 'dropped' });
    expect(ladderRows(parked, 'type')).toHaveLength(MILESTONE_TYPES.length);
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

  it('a move into the custom row makes it “Other”; out of it drops its custom name', () => {
    let board = updateMilestone(workshop(), 'connector', {
      type: 'custom',
      customType: 'Joint venture',
    });
    board = deepFreeze(board);
    expect(ladderCells(board, 'type').get('custom')).toEqual(new Map([['h1', ['connector']]]));
    const out = placeOnLadder(board, 'connector', 'h1', 'type', 'integration', T1);
    expect(out.milestones.connector).toMatchObject({ type: 'integration', horizonId: 'h1' });
    expect(out.milestones.connector).not.toHaveProperty('customType');
    const into = placeOnLadder(board, 'swap-leads', 'h0', 'type', 'custom', T1);
    expect(into.milestones['swap-leads']).toMatchObject({ type: 'custom', horizonId: 'h0' });
    expect(into.milestones['swap-leads']).not.toHaveProperty('customType');
  });

  it('changes nothing for a row or milestone the view does not show', () => {
    const board = workshop();
    // A drop is never a way to park a future, nor to make up a type or an owner.
    expect(placeOnLadder(board, 'swap-leads', 'h1', 'status', 'dropped')).toBe(board);
    expect(placeOnLadder(board, 'swap-leads', 'h1', 'type', 'partnership')).toBe(board);
    expect(placeOnLadder(board, 'swap-leads', 'h1', 'owner', 'zoe')).toBe(board);
    // Parked: it lives in its side area, not on the ladder.
    expect(placeOnLadder(board, 'old', 'h0', 'type', 'integration')).toBe(board);
  });

  it('names an owner row as most cards write it; “No owner” clears the owner', () => {
    const board = workshop();
    const moved = placeOnLadder(board, 'swap-leads', 'h0', 'owner', 'ali', T1);
    expect(moved.milestones['swap-leads']).toMatchObject({ owner: 'Ali', updatedAt: T1 });
    // "Dana" and "dana" were one each; now only "dana" is left.
    expect(ladderRows(moved, 'owner').map((r) => r.label)).toEqual(['Ali', 'dana', 'No owner']);
    const third = updateMilestone(board, 'connector', { owner: 'dana' });
    expect(ladderRows(third, 'owner').map((r) => r.label)).toEqual(['dana', 'No owner']);
    // A card already in the row keeps its own spelling.
    expect(placeOnLadder(third, 'swap-leads', 'h0', 'owner', 'dana')).toBe(third);
    // "dana " and "Dana" are one row: no change.
    expect(placeOnLadder(board, 'webinar', 'h0', 'owner', 'dana')).toBe(board);
    const none = placeOnLadder(board, 'connector', 'h1', 'owner', '', T1);
    expect(ladderRows(none, 'owner').map((r) => r.id)).toEqual(['dana', '']);
    expect(cellIds(none, 'owner', '', 'h1')).toEqual(['connector']);
  });

  it('computes rows and cells once per edit of the milestones', () => {
    const board = workshop();
    const cells = ladderCells(board, 'owner');
    expect(ladderCells(board, 'owner')).toBe(cells);
    expect(ladderRows(board, 'owner')).toBe(ladderRows(board, 'owner'));
    // An edit that leaves the milestones alone (the vision, a vote) finds the same cells.
    expect(ladderCells({ ...board, vision: 'Together' }, 'owner')).toBe(cells);
    const renamed = { ...board, horizons: board.horizons.map((h) => ({ ...h, title: 'X' })) };
    expect(ladderCells(renamed, 'owner')).not.toBe(cells);
    expect(cellIds(board, 'type', 'new-product', 'h3')).toEqual([]);
  });

  it('folds the rows with nothing to show, and under a hiding filter those with no match', () => {
    const board = workshop();
    const folded = (grouping: 'type' | 'owner' | 'status', filter = NO_FILTER) =>
      ladderRows(board, grouping)
        .filter((r) => isRowFolded(board, grouping, r.id, filter))
        .map((r) => r.id);
    // The parked lead does not keep a row open; "leads" still has the live one.
    expect(folded('type')).toEqual(
      MILESTONE_TYPES.filter((t) => !['leads', 'co-marketing', 'integration'].includes(t)),
    );
    expect(folded('owner')).toEqual(['']);
    expect(folded('status')).toEqual(['exploring', 'committed']);
    // Dimming shows every card still: only hiding folds a row.
    expect(folded('owner', { ...NO_FILTER, text: 'connector' })).toEqual(['']);
    expect(folded('owner', { ...NO_FILTER, text: 'connector', hide: true })).toEqual(['dana', '']);
    expect(isRowFolded(board, 'type', 'no-such-row')).toBe(true);
  });
});
