import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createBoardsStore, type LiveUndo } from './boards-store';
import { setVision } from '../domain/boards';

let store: ReturnType<typeof createBoardsStore>;

beforeEach(() => {
  store = createBoardsStore();
  store.getState().hydrate([]);
});

const board = (id: string) => store.getState().boards[id]!;

function fakeLive(canUndo: boolean): LiveUndo {
  return { canUndo, canRedo: false, undo: vi.fn(), redo: vi.fn() };
}

describe('a board in a live session', () => {
  it('hands undo to the session, which undoes only its own person’s edits', () => {
    const id = store.getState().createBoard({ title: 'Acme' });
    store.getState().setVision(id, 'Before going live');
    const live = fakeLive(true);
    store.getState().setLiveUndo(id, live);
    // The history from before is gone: undoing it would take back others' edits.
    expect(store.getState().history[id]).toBeUndefined();

    store.getState().setVision(id, 'Live edit');
    expect(store.getState().history[id]).toBeUndefined();
    expect(board(id).vision).toBe('Live edit');
    expect(board(id).edited?.vision).toBeDefined();

    expect(store.getState().undo(id)).toBe(true);
    expect(live.undo).toHaveBeenCalledOnce();
    expect(board(id).vision).toBe('Live edit');
    expect(store.getState().redo(id)).toBe(false);
    expect(live.redo).not.toHaveBeenCalled();
  });

  it('takes in what the session reads without a step of history, adding a board it lacks', () => {
    const id = store.getState().createBoard({ title: 'Acme' });
    store.getState().setLiveUndo(id, fakeLive(false));
    const remote = setVision(board(id), 'Their edit', '2026-11-26T10:00:00.000Z');
    store.getState().receiveLive(remote);
    expect(board(id)).toBe(remote);
    expect(store.getState().boardIds).toEqual([id]);

    const joined = { ...remote, id: 'joined-board' };
    store.getState().receiveLive(joined);
    expect(store.getState().boardIds).toEqual([id, 'joined-board']);
    expect(store.getState().history['joined-board']).toBeUndefined();
  });

  it('gives undo back when the session ends, with a history that starts again', () => {
    const id = store.getState().createBoard({ title: 'Acme' });
    store.getState().setLiveUndo(id, fakeLive(true));
    store.getState().setVision(id, 'Live edit');
    store.getState().setLiveUndo(id, null);
    expect(store.getState().liveUndo[id]).toBeUndefined();
    expect(store.getState().undo(id)).toBe(false);
    store.getState().setVision(id, 'After');
    expect(store.getState().undo(id)).toBe(true);
    expect(board(id).vision).toBe('Live edit');
  });
});
