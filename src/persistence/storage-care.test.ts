import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBoardsStore } from '../store/boards-store';
import {
  NUDGE_AFTER_MS,
  dismissMissingBoards,
  needsBackupNudge,
  noteBackup,
  startStorageCare,
  useStorageCare,
} from './storage-care';

function memoryNotes(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    map,
  };
}

const manager = (persisted = false) => ({
  persisted: vi.fn(async () => persisted),
  persist: vi.fn(async () => true),
});

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  useStorageCare.setState({
    persisted: null,
    lastBackupAt: null,
    unbackedSince: null,
    missingBoards: null,
  });
});

describe('storage care', () => {
  it('asks the browser to keep the data after the first saved edit, not before', async () => {
    const store = createBoardsStore();
    const storage = manager();
    const notes = memoryNotes();
    stop = startStorageCare(store, storage, notes, () => new Date('2026-11-01T00:00:00Z'));
    store.getState().hydrate([]);
    store.getState().setSave({ readAt: 1 });
    expect(storage.persist).not.toHaveBeenCalled();
    store.getState().createBoard({ title: 'Acme' });
    store.getState().setSave({ lastSavedAt: 1 });
    // The app's own `then` on the browser's answer runs before this await returns.
    await storage.persist.mock.results[0]!.value;
    expect(useStorageCare.getState().persisted).toBe(true);
    expect(storage.persist).toHaveBeenCalledTimes(1);
    store.getState().setSave({ lastSavedAt: 2 });
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(notes.map.get('partner-horizons:stored-boards')).toBe('1');
    expect(useStorageCare.getState().unbackedSince).toBe('2026-11-01T00:00:00.000Z');
  });

  it('nudges after a week of edits without a backup, and a backup ends the nudge', () => {
    const since = '2026-11-01T00:00:00.000Z';
    const care = { persisted: null, lastBackupAt: null, unbackedSince: since, missingBoards: null };
    expect(needsBackupNudge(care, Date.parse(since) + NUDGE_AFTER_MS - 1)).toBe(false);
    expect(needsBackupNudge(care, Date.parse(since) + NUDGE_AFTER_MS)).toBe(true);
    const notes = memoryNotes({ 'partner-horizons:unbacked-since': since });
    noteBackup(new Date('2026-11-09T00:00:00Z'), notes);
    expect(useStorageCare.getState()).toMatchObject({
      lastBackupAt: '2026-11-09T00:00:00.000Z',
      unbackedSince: null,
    });
    expect(notes.map.has('partner-horizons:unbacked-since')).toBe(false);
  });

  it('notices when the boards a visit left behind are gone', () => {
    const notes = memoryNotes({ 'partner-horizons:stored-boards': '3' });
    const store = createBoardsStore();
    stop = startStorageCare(store, manager(), notes);
    store.getState().hydrate([]);
    store.getState().setSave({ readAt: 1 });
    expect(useStorageCare.getState().missingBoards).toBe(3);
    dismissMissingBoards(notes);
    expect(useStorageCare.getState().missingBoards).toBeNull();
    expect(notes.map.has('partner-horizons:stored-boards')).toBe(false);
  });

  it('does not cry wolf when boards are there, or storage was never available', () => {
    const notes = memoryNotes({ 'partner-horizons:stored-boards': '2' });
    const store = createBoardsStore();
    store.getState().setSave({ mode: 'memory' });
    stop = startStorageCare(store, manager(), notes);
    store.getState().hydrate([]);
    expect(useStorageCare.getState().missingBoards).toBeNull();
  });
});
