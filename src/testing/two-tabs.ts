import { vi } from 'vitest';
import { createStore as createIdbStore } from 'idb-keyval';
import { createBoardsStore } from '../store/boards-store';
import { startPersistence, type Autosave } from '../persistence/autosave';
import { idbBoardStorage, type BoardStorage } from '../persistence/board-storage';
import type { TabChannel, TabMessage } from '../persistence/tab-channel';
import { windowLike as noWindow } from './autosave-harness';

/** A BroadcastChannel stand-in: what one tab posts reaches the others a moment later. */
export function channels() {
  const listeners = new Set<(m: TabMessage) => void>();
  let muted = false;
  const make = (): TabChannel => {
    let mine: ((m: TabMessage) => void) | undefined;
    return {
      post(message) {
        if (muted) return;
        for (const listener of listeners)
          if (listener !== mine) setTimeout(() => listener(structuredClone(message)), 0);
      },
      listen(handler) {
        mine = handler;
        listeners.add(handler);
        return () => listeners.delete(handler);
      },
    };
  };
  return { make, mute: (value: boolean) => (muted = value) };
}

let dbCount = 0;

/** A database of its own for one test. */
export const freshDb = (prefix: string) => createIdbStore(`${prefix}-${++dbCount}`, 'kv');

/** Delivers the news posted so far, and waits for each tab to finish what it set off. */
export async function settle(...tabs: { autosave: Autosave }[]) {
  await vi.advanceTimersByTimeAsync(0);
  for (const tab of tabs) await tab.autosave.settled();
}

/**
 * Two (or more) tabs on one IndexedDB database, with their own stores; each tab's saving goes
 * into `running` (withSaveClock), which stops it after the test.
 */
export async function twoTabs(
  running: Autosave[],
  seed?: (storage: BoardStorage) => Promise<void>,
) {
  const idb = freshDb('tabs');
  const storage = idbBoardStorage(idb);
  await seed?.(storage);
  const bus = channels();
  const open = async () => {
    const store = createBoardsStore();
    const autosave = (await startPersistence(store, storage, noWindow(), null, bus.make()))!;
    running.push(autosave);
    return { store, autosave };
  };
  return { idb, storage, bus, open };
}
