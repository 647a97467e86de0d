import { beforeEach, describe, expect, it } from 'vitest';
import { createBoardsStore } from './boards-store';
import { logDecision } from '../domain/decision-log';
import { saveSnapshot } from '../domain/timeline';
import { moveMilestone } from '../domain/milestones';
import { makeBoard } from '../testing/factories';

let store: ReturnType<typeof createBoardsStore>;
const start = makeBoard({ 0: ['Swap leads', 'Joint webinar'], 1: ['Native integration'] });
const board = () => store.getState().boards[start.id]!;
const log = () => board().timeline?.log ?? [];

beforeEach(() => {
  store = createBoardsStore();
  store.getState().hydrate([start]);
});

describe('the decision log, as a workshop makes it', () => {
  it('logs a move, after the latest snapshot, and asks why', () => {
    store
      .getState()
      .edit(
        start.id,
        (b) => saveSnapshot(b, { id: 'jan', name: 'January', takenAt: b.createdAt }).board,
      );
    store.getState().moveMilestone(start.id, 'native-integration', 'h2', 0);
    expect(log()).toEqual([
      expect.objectContaining({
        milestoneId: 'native-integration',
        title: 'Native integration',
        changes: [{ kind: 'place', from: 'h1', to: 'h2' }],
        why: '',
        snapshotId: 'jan',
      }),
    ]);
    expect(store.getState().askWhy).toEqual({ boardId: start.id, entryId: log()[0]!.id });
  });

  it('writes the why into the same undo step as the move', () => {
    store.getState().moveMilestone(start.id, 'swap-leads', 'h1', 0);
    const { entryId } = store.getState().askWhy!;
    store.getState().explain(start.id, entryId, '  The partner asked to start now  ');
    expect(log()[0]).toMatchObject({ why: 'The partner asked to start now' });
    expect(store.getState().askWhy).toBeNull();
    store.getState().undo(start.id);
    expect(board().milestones['swap-leads']!.horizonId).toBe('h0');
    expect(log()).toEqual([]);
    store.getState().redo(start.id);
    expect(log()[0]).toMatchObject({ why: 'The partner asked to start now' });
  });

  it('is skipped with nothing written, and logs nothing for edits that are no decision', () => {
    store.getState().updateMilestone(start.id, 'swap-leads', { title: 'Swap qualified leads' });
    store.getState().updateMilestone(start.id, 'swap-leads', { confidence: 50 });
    store.getState().updateMilestone(start.id, 'swap-leads', { confidence: 60 });
    expect(log()).toEqual([]);
    expect(store.getState().askWhy).toBeNull();
    store.getState().updateMilestone(start.id, 'swap-leads', { status: 'committed' });
    expect(log()).toHaveLength(1);
    store.getState().skipWhy();
    expect(store.getState().askWhy).toBeNull();
    expect(log()[0]!.why).toBe('');
  });

  it('does not log a change of many cards at once, such as a horizon removed', () => {
    const before = board();
    const two = moveMilestone(
      moveMilestone(before, 'swap-leads', 'h1', 0),
      'joint-webinar',
      'h1',
      0,
    );
    expect(logDecision(before, two, { id: 'x', at: before.createdAt }).board).toBe(two);
    store.getState().removeHorizon(start.id, 'h0');
    expect(log()).toEqual([]);
  });
});
