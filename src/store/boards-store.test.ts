import { mergeBoards } from '../domain/merge';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HISTORY_LIMIT, createBoardsStore } from './boards-store';
import { milestoneIdsIn } from '../domain/milestones';
import { placeOnLadder } from '../domain/ladder-rows';
import { renameBoard } from '../domain/boards';
import { applied } from '../testing/factories';

let store: ReturnType<typeof createBoardsStore>;

beforeEach(() => {
  store = createBoardsStore();
  store.getState().hydrate([]);
});

const board = (id: string) => store.getState().boards[id]!;

describe('boards store', () => {
  it('creates a board from the starter template and lists it', () => {
    const id = store.getState().createBoard({ title: 'Acme', template: 'starter' });
    expect(store.getState().boardIds).toEqual([id]);
    expect(board(id).horizons.map((h) => h.title)).toEqual(['Now', 'Next', 'Later', 'Long term']);
    expect(Object.keys(board(id).milestones)).toHaveLength(8);
  });

  it('undoes and redoes every kind of edit, one step at a time', () => {
    const id = store.getState().createBoard({ title: 'Acme' });
    const [now, next] = board(id).horizons;
    const s = store.getState();
    const m = s.addMilestone(id, now!.id, { title: 'Swap leads' });
    s.updateMilestone(id, m, { owner: 'Dana' });
    s.moveMilestone(id, m, next!.id, 0);
    s.setVision(id, 'Together');
    expect(board(id).milestones[m]).toMatchObject({ owner: 'Dana', horizonId: next!.id });

    expect(s.undo(id)).toBe(true);
    expect(board(id).vision).toBe('');
    expect(s.undo(id)).toBe(true);
    expect(board(id).milestones[m]!.horizonId).toBe(now!.id);
    expect(s.undo(id)).toBe(true);
    expect(board(id).milestones[m]!.owner).toBe('');
    expect(s.undo(id)).toBe(true);
    expect(board(id).milestones[m]).toBeUndefined();
    expect(s.undo(id)).toBe(false);

    expect(s.redo(id)).toBe(true);
    expect(s.redo(id)).toBe(true);
    expect(board(id).milestones[m]!.owner).toBe('Dana');
    // A new edit clears what could be redone.
    s.setVision(id, 'New direction');
    expect(s.redo(id)).toBe(false);
  });

  it('keeps a no-op edit out of the history', () => {
    const id = store.getState().createBoard({ title: 'Acme' });
    store.getState().setVision(id, '');
    expect(store.getState().history[id]).toBeUndefined();
  });

  it('bounds the history', () => {
    const id = store.getState().createBoard({ title: 'Acme' });
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) store.getState().setVision(id, `v${i}`);
    expect(store.getState().history[id]!.past).toHaveLength(HISTORY_LIMIT);
  });

  it('moves a milestone to another horizon from the editor in one undo step', () => {
    const id = store.getState().createBoard({ title: 'Acme' });
    const [now, next] = board(id).horizons;
    const m = store.getState().addMilestone(id, now!.id, { title: 'Swap leads' });
    store.getState().addMilestone(id, next!.id, { title: 'Already there' });
    store.getState().updateMilestone(id, m, { title: 'Swap more leads' }, next!.id);
    expect(milestoneIdsIn(board(id), next!.id).at(-1)).toBe(m);
    expect(board(id).milestones[m]!.title).toBe('Swap more leads');
    store.getState().undo(id);
    expect(board(id).milestones[m]).toMatchObject({ title: 'Swap leads', horizonId: now!.id });
  });

  it('makes an edit a view brings (a drop on the ladder) one undo step, and none when it changes nothing', () => {
    const id = store.getState().createBoard({ title: 'Acme' });
    const [now, , later] = board(id).horizons;
    const s = store.getState();
    const m = s.addMilestone(id, now!.id, { title: 'Swap leads', type: 'leads' });
    s.edit(id, (b) => placeOnLadder(b, m, later!.id, 'type', 'integration'));
    expect(board(id).milestones[m]).toMatchObject({ horizonId: later!.id, type: 'integration' });
    expect(s.undo(id)).toBe(true);
    expect(board(id).milestones[m]).toMatchObject({ horizonId: now!.id, type: 'leads' });
    // Dropped back where it was: nothing to undo.
    const past = store.getState().history[id]!.past.length;
    s.edit(id, (b) => placeOnLadder(b, m, now!.id, 'type', 'leads'));
    expect(store.getState().history[id]!.past).toHaveLength(past);
  });

  it('deletes a board and restores it where it was', () => {
    const s = store.getState();
    const a = s.createBoard({ title: 'A' });
    const b = s.createBoard({ title: 'B' });
    const c = s.createBoard({ title: 'C' });
    s.deleteBoard(b);
    expect(store.getState().boardIds).toEqual([a, c]);
    expect(store.getState().boards[b]).toBeUndefined();
    expect(s.undoDeleteBoard()).toBe(b);
    expect(store.getState().boardIds).toEqual([a, b, c]);
    expect(s.undoDeleteBoard()).toBeUndefined();
  });

  it('duplicates a board under a new id', () => {
    const id = store.getState().createBoard({ title: 'Acme', template: 'starter' });
    const copy = store.getState().duplicateBoard(id)!;
    expect(copy).not.toBe(id);
    expect(board(copy).title).toBe('Acme (copy)');
    expect(Object.keys(board(copy).milestones)).toHaveLength(8);
    expect(store.getState().duplicateBoard('missing')).toBeUndefined();
  });

  it('removes a horizon without losing its milestones, and refuses the last one', () => {
    const id = store.getState().createBoard({ title: 'Acme', template: 'starter' });
    const [now, next] = board(id).horizons;
    const result = store.getState().removeHorizon(id, next!.id);
    expect(result).toMatchObject({ ok: true, movedCount: 2, movedTo: { id: now!.id } });
    expect(milestoneIdsIn(board(id), now!.id)).toHaveLength(4);
    store.getState().undo(id);
    expect(board(id).horizons).toHaveLength(4);

    const single = store.getState().createBoard({ title: 'Solo' });
    for (const h of board(single).horizons.slice(1)) store.getState().removeHorizon(single, h.id);
    const refused = store.getState().removeHorizon(single, board(single).horizons[0]!.id);
    expect(refused.ok).toBe(false);
    expect(store.getState().removeHorizon('missing', 'x').ok).toBe(false);
  });

  it('renames, reorders and adds horizons as undoable steps', () => {
    const id = store.getState().createBoard({ title: 'Acme' });
    const [now] = board(id).horizons;
    store.getState().renameHorizon(id, now!.id, { title: 'Today', timeframe: 'this quarter' });
    store.getState().moveHorizon(id, now!.id, 3);
    const added = store.getState().addHorizon(id, { title: 'Someday' });
    expect(board(id).horizons.map((h) => h.title)).toEqual([
      'Next',
      'Later',
      'Long term',
      'Today',
      'Someday',
    ]);
    expect(board(id).horizons.find((h) => added.ok && h.id === added.id)).toBeDefined();
    store.getState().undo(id);
    store.getState().undo(id);
    store.getState().undo(id);
    expect(board(id).horizons.map((h) => h.title)).toEqual(['Now', 'Next', 'Later', 'Long term']);
  });

  it('renames the board and its partner', () => {
    const id = store.getState().createBoard({ title: 'Acme' });
    store.getState().renameBoard(id, 'Acme 2027');
    store.getState().updatePartner(id, { name: 'Acme Inc.' });
    expect(board(id)).toMatchObject({ title: 'Acme 2027', partner: { name: 'Acme Inc.' } });
  });
});

describe('edit times', () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 9, minute)).toISOString();
  const clock = (minute: number) => vi.setSystemTime(new Date(at(minute)));

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    clock(0);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('stamps each board field an edit changes, and only those', () => {
    const s = store.getState();
    const id = s.createBoard({ title: 'Acme' });
    expect(board(id).edited).toBeUndefined();
    clock(1);
    s.renameBoard(id, 'Acme 2027');
    clock(2);
    s.updateVision(id, { vision: 'Together', whyThem: 'Reach' });
    clock(3);
    s.updatePartner(id, { notes: 'Met in Lisbon' });
    expect(board(id).edited).toEqual({
      title: at(1),
      vision: at(2),
      whyThem: at(2),
      partner: at(3),
    });
  });

  it('stamps values and participants added or changed, and leaves a tombstone for those removed', () => {
    const s = store.getState();
    const id = s.createBoard({ title: 'Acme' });
    clock(1);
    expect(s.addValue(id, 'ours', 'Speed')).toEqual({ ok: true });
    expect(s.addParticipant(id, 'Ana')).toEqual({ ok: true });
    const value = board(id).values[0]!;
    const ana = board(id).participants[0]!;
    expect(value.updatedAt).toBe(at(1));
    expect(ana.updatedAt).toBe(at(1));
    clock(2);
    s.updateValue(id, value.id, { alignment: 'shared' });
    expect(board(id).values[0]).toMatchObject({ alignment: 'shared', updatedAt: at(2) });
    clock(3);
    s.removeParticipant(id, ana.id);
    s.removeValue(id, value.id);
    expect(board(id).deleted).toEqual({ [ana.id]: at(3), [value.id]: at(3) });
  });

  it('stamps an undo and a redo as edits made when they happen', () => {
    const s = store.getState();
    const id = s.createBoard({ title: 'Acme' });
    clock(1);
    s.renameBoard(id, 'Acme 2027');
    clock(5);
    s.undo(id);
    expect(board(id)).toMatchObject({ title: 'Acme', edited: { title: at(5) } });
    clock(6);
    s.redo(id);
    expect(board(id)).toMatchObject({ title: 'Acme 2027', edited: { title: at(6) } });
    clock(7);
    expect(s.addValue(id, 'ours', 'Speed')).toEqual({ ok: true });
    const value = board(id).values[0]!.id;
    clock(8);
    s.undo(id);
    expect(board(id).deleted).toEqual({ [value]: at(8) });
    s.redo(id);
    expect(board(id).deleted).toBeUndefined();
  });

  it('keeps the edit times a merge brings instead of stamping them anew', () => {
    const s = store.getState();
    const id = s.createBoard({ title: 'Acme' });
    const theirs = {
      ...applied(renameBoard(board(id), 'Acme by Mei', at(1))),
      edited: { title: at(1) },
    };
    clock(9);
    s.mergeBoard(id, (ours) => mergeBoards(ours, theirs));
    expect(board(id)).toMatchObject({ title: 'Acme by Mei', edited: { title: at(1) } });
  });
});
